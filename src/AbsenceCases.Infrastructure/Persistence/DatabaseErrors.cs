using AbsenceCases.Application.Common.Exceptions;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>Finds the provider's own exception, also when EF Core wraps it, and asks the provider what it means.</summary>
internal abstract class DatabaseErrors : IDatabaseErrors
{
    public bool IsBusy(Exception exception) =>
        exception is DatabaseBusyException || (ProviderError(exception) is { } error && IsBusy(error));

    public bool IsUniqueViolation(Exception exception) => ProviderError(exception) is { } error && IsUniqueViolation(error);

    protected abstract bool IsBusy(DbException error);

    protected abstract bool IsUniqueViolation(DbException error);

    private static DbException? ProviderError(Exception exception) => exception switch
    {
        DbException error => error,
        { InnerException: { } inner } => ProviderError(inner),
        _ => null,
    };
}

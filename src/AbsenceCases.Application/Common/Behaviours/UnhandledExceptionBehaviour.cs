using AbsenceCases.Application.Imports;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>
/// Logs every exception that is not an expected answer to bad input or missing rights: a busy database or a row a
/// unique index refused as a warning, since another request was first and the same request may succeed later,
/// anything else as an error.
/// </summary>
public sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<TRequest> logger, IDatabaseErrors database)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception exception) when (database.IsBusy(exception))
        {
            logger.LogWarning(exception, "Request {Request} found the database busy", typeof(TRequest).Name);
            throw;
        }
        catch (Exception exception) when (database.IsUniqueViolation(exception))
        {
            logger.LogWarning(exception, "Request {Request} stored what another request had just stored", typeof(TRequest).Name);
            throw;
        }
        catch (Exception exception) when (!IsExpected(exception))
        {
            logger.LogError(exception, "Request {Request} failed", typeof(TRequest).Name);
            throw;
        }
    }

    private static bool IsExpected(Exception exception) => exception is
        DomainException or RequestValidationException or NotFoundException or ForbiddenAccessException
        or UnauthenticatedException or ConflictException or PreconditionFailedException or ImportFailedException
        or OperationCanceledException;
}

namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>
/// Tells the database's own failures apart, whatever the provider: each provider registers its implementation
/// (SQLite's result codes, PostgreSQL's SQLSTATEs).
/// </summary>
public interface IDatabaseErrors
{
    /// <summary>Another connection held a lock the request needed past the busy timeout; the same request may succeed later.</summary>
    bool IsBusy(Exception exception);

    /// <summary>A unique index refused a row: another request stored the same first, e.g. a second open case for an employee.</summary>
    bool IsUniqueViolation(Exception exception);
}

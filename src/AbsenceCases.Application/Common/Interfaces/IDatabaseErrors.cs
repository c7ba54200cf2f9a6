namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>
/// Tells the database's own failures apart, whatever the provider: each provider registers its implementation
/// (SQLite's busy and locked codes today; PostgreSQL's lock_not_available, serialization_failure and
/// deadlock_detected when it comes).
/// </summary>
public interface IDatabaseErrors
{
    /// <summary>Another connection held a lock the request needed past the busy timeout; the same request may succeed later.</summary>
    bool IsBusy(Exception exception);
}

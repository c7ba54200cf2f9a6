namespace AbsenceCases.Application.Common.Interfaces;

/// <summary>
/// The database's write lock for units of work that read before they decide what to write: sick calls, imports and
/// the frequent-absence rule. Taken before the first read and held until the commit, so two of them run one after
/// the other, also on two instances, and neither decides on data the other is about to change.
/// </summary>
public interface IWriteLock
{
    /// <summary>
    /// Begins the request's transaction holding the lock (so that its audit row commits with it), or joins the one it
    /// already holds. Throws
    /// <see cref="Exceptions.DatabaseBusyException"/> when the lock stays taken too long.
    /// </summary>
    Task<IWriteLockScope> AcquireAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The lock for a bulk write that commits in chunks (<see cref="IWriteLockScope.PauseAsync"/>): its transactions are
    /// its own, not the request's, so that a pause really lets other writers in. Its first transaction is for reading
    /// what it decides on and may hold no writer (SQLite); it writes after its first pause and resume.
    /// </summary>
    Task<IWriteLockScope> AcquireForChunksAsync(CancellationToken cancellationToken);
}

/// <summary>A held write lock; disposing it without a commit rolls back what its open transaction wrote.</summary>
public interface IWriteLockScope : IAsyncDisposable
{
    /// <summary>Whether other transactions wait for this one to pause (SQLite, where a bulk write holds the single writer).</summary>
    bool WritersWaiting { get; }

    /// <summary>
    /// Commits what was written so far and lets other writers in, such as the audit row of a read, while the lock
    /// stays held. Only where the database has a single writer (SQLite) does the transaction end here.
    /// </summary>
    Task PauseAsync(CancellationToken cancellationToken);

    /// <summary>Begins the transaction for the next writes after a pause, once the writers that waited had their turn.</summary>
    Task ResumeAsync(CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}

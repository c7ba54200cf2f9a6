namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// PostgreSQL's write lock: a transaction-level advisory lock, shared by every instance on the database and released
/// by the commit. Readers and other writers are never blocked by it, so the transaction need not be cut into chunks.
/// </summary>
internal sealed class PostgresWriteLock(ApplicationDbContext db) : IWriteLock
{
    /// <summary>The advisory lock's key (any number no other advisory lock of the database uses); waiting longer than 30 s answers busy.</summary>
    private const string TakeLock = "SET LOCAL lock_timeout = '30s'; SELECT pg_advisory_xact_lock(7305190001)";

    /// <summary>Never paused on PostgreSQL: a bulk write is one transaction, the request's own.</summary>
    public Task<IWriteLockScope> AcquireForChunksAsync(CancellationToken cancellationToken) => AcquireAsync(cancellationToken);

    public async Task<IWriteLockScope> AcquireAsync(CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction is null ? await db.BeginTransactionAsync(cancellationToken) : null;
        var scope = new WriteLockScope(transaction, turn: null);
        try
        {
            await db.Database.ExecuteSqlRawAsync(TakeLock, cancellationToken);
            return scope;
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }
}

using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// SQLite's write lock: the process's turn, then a transaction begun IMMEDIATE, which takes the database's single
/// writer before the first read (Microsoft.Data.Sqlite begins a serializable transaction that way), so another
/// process on the same file is kept out too. A bulk write that commits in chunks reads first in a snapshot, holding
/// the turn but not the writer, so that the audit rows of reads are not kept waiting while it reads what it decides
/// on; it takes the writer when it resumes to write, and hands it to the transactions that wait for it between two chunks
/// (<see cref="SqliteWriterHandoff"/>).
/// </summary>
internal sealed class SqliteWriteLock(ApplicationDbContext db, SqliteWriteGate gate, SqliteWriterHandoff handoff) : IWriteLock
{
    /// <summary>As long as Microsoft.Data.Sqlite waits for a busy database by default.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Microsoft.Data.Sqlite retries a busy statement every 150 ms; a pause that let no waiting transaction in lasts longer,
    /// so that writers the handoff cannot see get in.
    /// </summary>
    private static readonly TimeSpan WritersTurn = TimeSpan.FromMilliseconds(200);

    public Task<IWriteLockScope> AcquireAsync(CancellationToken cancellationToken) =>
        AcquireAsync(db.BeginTransactionAsync, reopen: null, cancellationToken);

    public Task<IWriteLockScope> AcquireForChunksAsync(CancellationToken cancellationToken) =>
        AcquireAsync(BeginSnapshotAsync, NextChunkAsync, cancellationToken);

    private async Task<IWriteLockScope> AcquireAsync(
        Func<CancellationToken, Task<IDbContextTransaction>> begin,
        Func<CancellationToken, Task<IDbContextTransaction>>? reopen,
        CancellationToken cancellationToken)
    {
        // A request that already holds the database's writer must not wait for a turn whose holder needs that writer.
        var joined = db.Database.CurrentTransaction is not null;
        var turn = await gate.EnterAsync(joined ? TimeSpan.Zero : Patience, cancellationToken);
        try
        {
            return joined
                ? new WriteLockScope(transaction: null, turn)
                : new WriteLockScope(await begin(cancellationToken), turn, reopen, () => handoff.AnyWaiting);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A transaction begun DEFERRED: its first read fixes what it sees until it ends, and it takes no writer. Other
    /// units of work that decide on what they read wait for the turn meanwhile; writes begin after the first pause.
    /// </summary>
    private async Task<IDbContextTransaction> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var snapshot = ((SqliteConnection)db.Database.GetDbConnection()).BeginTransaction(deferred: true);
            return new Snapshot((await db.Database.UseTransactionAsync(snapshot, cancellationToken))!, snapshot, db);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    private Task<IDbContextTransaction> BeginImmediateAsync(CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

    private async Task<IDbContextTransaction> NextChunkAsync(CancellationToken cancellationToken)
    {
        await handoff.TurnAsync(WritersTurn, cancellationToken);
        var chunk = await BeginImmediateAsync(cancellationToken);
        handoff.ChunkBegan();
        return new Chunk(chunk, handoff);
    }

    /// <summary>A chunk's transaction; when it ends, the transactions that waited for it begin.</summary>
    private sealed class Chunk(IDbContextTransaction transaction, SqliteWriterHandoff handoff) : IDbContextTransaction
    {
        public Guid TransactionId => transaction.TransactionId;

        public void Commit()
        {
            transaction.Commit();
            handoff.ChunkEnded();
        }

        public async Task CommitAsync(CancellationToken cancellationToken = default)
        {
            await transaction.CommitAsync(cancellationToken);
            handoff.ChunkEnded();
        }

        public void Rollback()
        {
            transaction.Rollback();
            handoff.ChunkEnded();
        }

        public async Task RollbackAsync(CancellationToken cancellationToken = default)
        {
            await transaction.RollbackAsync(cancellationToken);
            handoff.ChunkEnded();
        }

        public void Dispose()
        {
            transaction.Dispose();
            handoff.ChunkEnded();
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            handoff.ChunkEnded();
        }
    }

    /// <summary>The snapshot as EF Core runs it; EF Core does not own a transaction it was given, so this ends it.</summary>
    private sealed class Snapshot(IDbContextTransaction used, SqliteTransaction snapshot, ApplicationDbContext db) : IDbContextTransaction
    {
        public Guid TransactionId => used.TransactionId;

        public void Commit() => used.Commit();

        public Task CommitAsync(CancellationToken cancellationToken = default) => used.CommitAsync(cancellationToken);

        public void Rollback() => used.Rollback();

        public Task RollbackAsync(CancellationToken cancellationToken = default) => used.RollbackAsync(cancellationToken);

        public void Dispose()
        {
            used.Dispose();
            snapshot.Dispose();
            db.Database.CloseConnection();
        }

        public async ValueTask DisposeAsync()
        {
            await used.DisposeAsync();
            await snapshot.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }
}

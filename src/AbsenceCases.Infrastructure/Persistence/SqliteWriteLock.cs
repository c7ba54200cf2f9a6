using System.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// SQLite's write lock: the process's turn, then a transaction begun IMMEDIATE, which takes the database's single
/// writer before the first read (Microsoft.Data.Sqlite begins a serializable transaction that way), so another
/// process on the same file is kept out too.
/// </summary>
internal sealed class SqliteWriteLock(ApplicationDbContext db, SqliteWriteGate gate) : IWriteLock
{
    /// <summary>As long as Microsoft.Data.Sqlite waits for a busy database by default.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Microsoft.Data.Sqlite retries a busy statement every 150 ms; a pause lasts longer, so that writers then waiting get in.</summary>
    private static readonly TimeSpan WritersTurn = TimeSpan.FromMilliseconds(200);

    public Task<IWriteLockScope> AcquireAsync(CancellationToken cancellationToken) =>
        AcquireAsync(db.BeginTransactionAsync, reopen: null, cancellationToken);

    public Task<IWriteLockScope> AcquireForChunksAsync(CancellationToken cancellationToken) =>
        AcquireAsync(BeginImmediateAsync, AfterWritersTurnAsync, cancellationToken);

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
                : new WriteLockScope(await begin(cancellationToken), turn, reopen);
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    private Task<IDbContextTransaction> BeginImmediateAsync(CancellationToken cancellationToken) =>
        db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

    private async Task<IDbContextTransaction> AfterWritersTurnAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(WritersTurn, cancellationToken);
        return await BeginImmediateAsync(cancellationToken);
    }
}

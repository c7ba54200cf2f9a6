using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>Makes a transaction of this process that begins while an import's chunk holds SQLite's writer wait in the <see cref="SqliteWriterHandoff"/>.</summary>
internal sealed class SqliteWriterHandoffInterceptor(SqliteWriterHandoff handoff) : DbTransactionInterceptor
{
    public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        await handoff.BeginningAsync(eventData.ConnectionId, cancellationToken);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        handoff.Began(eventData.ConnectionId);
        return ValueTask.FromResult(result);
    }
}

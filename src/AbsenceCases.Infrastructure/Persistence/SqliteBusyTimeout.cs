using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for a busy database, trying again within milliseconds, for as long as Microsoft.Data.Sqlite
/// would retry every 150 ms: the transactions let in between two chunks of an import, and the import's next chunk after
/// them, then get the writer as soon as it is free.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

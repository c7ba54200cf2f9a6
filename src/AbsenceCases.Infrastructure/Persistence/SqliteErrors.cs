using Microsoft.Data.Sqlite;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>SQLite is busy when another connection holds the write lock (SQLITE_BUSY) or a table is locked (SQLITE_LOCKED).</summary>
internal sealed class SqliteErrors : IDatabaseErrors
{
    private const int Busy = 5;
    private const int Locked = 6;

    /// <summary>Also when EF Core wraps SQLite's exception; the primary code is the low byte of an extended one.</summary>
    public bool IsBusy(Exception exception) => exception switch
    {
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is Busy or Locked,
        { InnerException: { } inner } => IsBusy(inner),
        _ => false,
    };
}

using Microsoft.Data.Sqlite;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// SQLite is busy when another connection holds the write lock (SQLITE_BUSY) or a table is locked (SQLITE_LOCKED); a
/// unique index or primary key refuses a row with SQLITE_CONSTRAINT_UNIQUE or SQLITE_CONSTRAINT_PRIMARYKEY.
/// </summary>
internal sealed class SqliteErrors : DatabaseErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    /// <summary>The primary code is the low byte of an extended one.</summary>
    protected override bool IsBusy(DbException error) =>
        error is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is Busy or Locked;

    protected override bool IsUniqueViolation(DbException error) =>
        error is SqliteException sqlite && sqlite.SqliteExtendedErrorCode is ConstraintUnique or ConstraintPrimaryKey;
}

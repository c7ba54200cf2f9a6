using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// The little SQL that differs between the providers when many rows are read without EF Core: dates and absence
/// types handed over as numbers, so that a million spells are read without parsing strings. Identifiers are quoted
/// and parameters named <c>@name</c>, which both providers accept.
/// </summary>
internal sealed class SqlDialect
{
    /// <summary>SQLite stores dates as yyyy-MM-dd; julianday('0001-01-01') is 1721425.5.</summary>
    private static readonly SqlDialect Sqlite = new(column => $"CAST(julianday({column}) - 1721425.5 AS INTEGER)");

    private static readonly SqlDialect Postgres = new(column => $"({column} - DATE '0001-01-01')");

    private readonly Func<string, string> _dayNumber;

    private SqlDialect(Func<string, string> dayNumber) => _dayNumber = dayNumber;

    public static SqlDialect Of(DatabaseFacade database) => database.IsNpgsql() ? Postgres : Sqlite;

    public static string AbsenceTypeNumber { get; } =
        "CASE \"Type\" " + string.Concat(Enum.GetValues<AbsenceType>().Select(t => $"WHEN '{t.ToCode()}' THEN {(int)t} ")) + "END";

    /// <summary>.NET's DayNumber of a date column (quoted), NULL for NULL.</summary>
    public string DayNumber(string column) => _dayNumber($"\"{column}\"");

    public static DateOnly? ReadDay(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.FromDayNumber(reader.GetInt32(ordinal));
}

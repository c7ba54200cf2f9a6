using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>SQL that lets SQLite hand over dates and absence types as numbers, for reading a million spells without parsing strings.</summary>
internal static class SqliteExpressions
{
    /// <summary>julianday('0001-01-01'): subtracted from a date's julian day it gives .NET's DayNumber.</summary>
    private const string DayNumberOffset = "1721425.5";

    public static readonly string AbsenceTypeNumber =
        "CASE Type " + string.Concat(Enum.GetValues<AbsenceType>().Select(t => $"WHEN '{t.ToCode()}' THEN {(int)t} ")) + "END";

    /// <summary>The DayNumber of a date column (stored yyyy-MM-dd), NULL for NULL.</summary>
    public static string DayNumber(string column) => $"CAST(julianday({column}) - {DayNumberOffset} AS INTEGER)";

    public static DateOnly? ReadDay(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.FromDayNumber(reader.GetInt32(ordinal));
}

using System.Data.Common;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// A spell as three numbers the database computes: the employee and the absence type, the percent, and the first
/// and last day. Each column read costs the data reader as much as SQLite's whole work for the row, so three reads
/// instead of five and a null check make a million spells load a third faster.
/// </summary>
internal static class SpellColumns
{
    private const long Types = 4;
    private const long DaysApart = 1L << 32;

    /// <summary>employee × 4 + type; percent; first day × 2³² + (last day + 1, or 0 while the spell is open).</summary>
    public static string Select(SqlDialect dialect) =>
        $"""CAST("EmployeeId" AS BIGINT) * {Types} + {SqlDialect.AbsenceTypeNumber}, "Percent", """ +
        $"""CAST({dialect.DayNumber("FirstDay")} AS BIGINT) * {DaysApart} + COALESCE({dialect.DayNumber("LastDay")} + 1, 0)""";

    public static SpellData Read(DbDataReader reader)
    {
        var employeeAndType = reader.GetInt64(0);
        var days = reader.GetInt64(2);
        var lastDayAfter = (int)(days % DaysApart);
        return new SpellData(
            (int)(employeeAndType / Types),
            (AbsenceType)(employeeAndType % Types),
            reader.GetInt32(1),
            DateOnly.FromDayNumber((int)(days / DaysApart)),
            lastDayAfter == 0 ? null : DateOnly.FromDayNumber(lastDayAfter - 1));
    }
}

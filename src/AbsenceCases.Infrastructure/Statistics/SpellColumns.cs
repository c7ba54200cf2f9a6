using System.Runtime.CompilerServices;

namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// A spell as two numbers the database computes: the employee, the absence type and the percent; and the first and
/// last day. Each column read costs the data reader as much as SQLite's whole work for the row, so two reads instead of
/// five and a null check make a million spells load faster.
/// </summary>
internal static class SpellColumns
{
    /// <summary>Room for a percent (1–100) and for an absence type.</summary>
    private const long Percents = 1024;
    private const long Types = 4;
    private const long DaysApart = 1L << 32;

    /// <summary>(employee × 4 + type) × 1024 + percent; first day × 2³² + (last day + 1, or 0 while the spell is open).</summary>
    public static string Select(SqlDialect dialect) =>
        $"""(CAST("EmployeeId" AS BIGINT) * {Types} + {SqlDialect.AbsenceTypeNumber}) * {Percents} + "Percent", """ +
        $"""CAST({dialect.DayNumber("FirstDay")} AS BIGINT) * {DaysApart} + COALESCE({dialect.DayNumber("LastDay")} + 1, 0)""";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SpellData Read(DbDataReader reader)
    {
        var who = reader.GetInt64(0);
        var days = reader.GetInt64(1);
        var employeeAndType = who / Percents;
        var lastDayAfter = (int)(days % DaysApart);
        return new SpellData(
            (int)(employeeAndType / Types),
            (AbsenceType)(employeeAndType % Types),
            (int)(who % Percents),
            DateOnly.FromDayNumber((int)(days / DaysApart)),
            lastDayAfter == 0 ? null : DateOnly.FromDayNumber(lastDayAfter - 1));
    }
}

namespace AbsenceCases.Application.Statistics;

/// <summary>What the rows of the absence-rate table are split by: groupBy=month,unit,type,lengthBand.</summary>
[Flags]
public enum StatisticsGrouping
{
    None = 0,
    Month = 1,
    Unit = 2,
    Type = 4,
    LengthBand = 8,
}

public static class StatisticsGroupings
{
    private static readonly Dictionary<string, StatisticsGrouping> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["month"] = StatisticsGrouping.Month,
        ["unit"] = StatisticsGrouping.Unit,
        ["type"] = StatisticsGrouping.Type,
        ["lengthBand"] = StatisticsGrouping.LengthBand,
    };

    public static string Allowed => "month, unit, type, lengthBand";

    /// <summary>The names in a comma-separated list that are not groupings.</summary>
    public static IEnumerable<string> Unknown(string? groupBy) => Split(groupBy).Where(name => !Names.ContainsKey(name));

    public static StatisticsGrouping Parse(string? groupBy) =>
        Split(groupBy).Aggregate(StatisticsGrouping.None, (grouping, name) => grouping | Names[name]);

    private static IEnumerable<string> Split(string? groupBy) =>
        (groupBy ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

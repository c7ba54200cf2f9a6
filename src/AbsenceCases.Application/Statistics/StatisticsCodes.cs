namespace AbsenceCases.Application.Statistics;

/// <summary>Why a statistics request is refused.</summary>
[MessageCodes]
public static class StatisticsCodes
{
    public const string MonthRequired = "statistics.monthRequired";
    public const string BeforeFrom = "statistics.beforeFrom";
    public const string BeforeBaselineFrom = "statistics.beforeBaselineFrom";
    public const string TooLongFromFrom = "statistics.tooLongFromFrom";
    public const string TooLongFromBaselineFrom = "statistics.tooLongFromBaselineFrom";
    public const string UnknownGrouping = "statistics.unknownGrouping";
    public const string ProjectAfterBaseline = "statistics.projectAfterBaseline";
    public const string ChooseUnit = "statistics.chooseUnit";
}

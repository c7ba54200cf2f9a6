namespace AbsenceCases.Application.Statistics;

/// <summary>Why a statistics request is refused, and the names of the implementation indicators (their keys after "indicator.").</summary>
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
    public const string MeasurementNotPublished = "statistics.measurementNotPublished";

    public const string IndicatorSickCallsOnFirstDay = "indicator.sickCallsOnFirstDay";
    public const string IndicatorCareContactOnTime = "indicator.careContactOnTime";
    public const string IndicatorFirstConversationOnTime = "indicator.firstConversationOnTime";
    public const string IndicatorWeeksWithReview = "indicator.weeksWithReview";
    public const string IndicatorLongCasesInCoordination = "indicator.longCasesInCoordination";
    public const string IndicatorLongCasesWithPossibilityStatement = "indicator.longCasesWithPossibilityStatement";
    public const string IndicatorLongCasesWithPlan = "indicator.longCasesWithPlan";
    public const string IndicatorMeasuresFollowedUpOnTime = "indicator.measuresFollowedUpOnTime";
    public const string IndicatorWorkplacesFollowedUpOnTime = "indicator.workplacesFollowedUpOnTime";
    public const string IndicatorCompleteCoordinationGroups = "indicator.completeCoordinationGroups";
    public const string IndicatorMonthsWithAbsenceData = "indicator.monthsWithAbsenceData";
}

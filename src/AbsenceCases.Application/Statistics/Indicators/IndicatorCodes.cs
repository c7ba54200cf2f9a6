namespace AbsenceCases.Application.Statistics.Indicators;

/// <summary>The names of the implementation indicators; an indicator's key is its code without the area.</summary>
[MessageCodes]
public static class IndicatorCodes
{
    public const string SickCallsOnFirstDay = "indicator.sickCallsOnFirstDay";
    public const string CareContactOnTime = "indicator.careContactOnTime";
    public const string FirstConversationOnTime = "indicator.firstConversationOnTime";
    public const string WeeksWithReview = "indicator.weeksWithReview";
    public const string LongCasesInCoordination = "indicator.longCasesInCoordination";
    public const string LongCasesWithPlan = "indicator.longCasesWithPlan";
    public const string MeasuresFollowedUpOnTime = "indicator.measuresFollowedUpOnTime";
    public const string CompleteCoordinationGroups = "indicator.completeCoordinationGroups";
    public const string MonthsWithAbsenceData = "indicator.monthsWithAbsenceData";
}

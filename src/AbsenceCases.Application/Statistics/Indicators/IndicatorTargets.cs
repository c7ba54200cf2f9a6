namespace AbsenceCases.Application.Statistics.Indicators;

/// <summary>The targets of the implementation indicators, in percent (the Indicators:Targets settings).</summary>
public sealed record IndicatorTargets
{
    public double SickCallsOnFirstDay { get; init; } = 90;

    public double CareContactOnTime { get; init; } = 90;

    /// <summary>Sygedagpengeloven § 7a is the law: every conversation by its deadline.</summary>
    public double FirstConversationOnTime { get; init; } = 100;

    public double WeeksWithReview { get; init; } = 80;

    public double LongCasesInCoordination { get; init; } = 90;

    public double LongCasesWithPossibilityStatement { get; init; } = 75;

    public double LongCasesWithPlan { get; init; } = 75;

    public double MeasuresFollowedUpOnTime { get; init; } = 80;

    public double WorkplacesFollowedUpOnTime { get; init; } = 80;

    public double CompleteCoordinationGroups { get; init; } = 100;

    public double MonthsWithAbsenceData { get; init; } = 100;
}

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>Why a workplace's follow-up of a measurement is refused.</summary>
[MessageCodes]
public static class FollowUpCodes
{
    public const string NotPublished = "followUp.notPublished";
    public const string NotWorkplace = "followUp.notWorkplace";
    public const string BeforePublished = "followUp.beforePublished";
    public const string InFuture = "followUp.inFuture";
    public const string ActionPlanWithoutMeasures = "followUp.actionPlanWithoutMeasures";
    public const string NoSuchMeasure = "followUp.noSuchMeasure";
}

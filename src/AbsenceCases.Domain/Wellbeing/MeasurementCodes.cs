namespace AbsenceCases.Domain.Wellbeing;

/// <summary>Why a measurement or one of its results is refused.</summary>
[MessageCodes]
public static class MeasurementCodes
{
    public const string FieldedToBeforeFrom = "measurement.fieldedToBeforeFrom";
    public const string PublishedBeforeFielded = "measurement.publishedBeforeFielded";
    public const string FollowUpBeforeOriginal = "measurement.followUpBeforeOriginal";
    public const string ScoreOutOfRange = "measurement.scoreOutOfRange";
    public const string RespondentsAboveInvited = "measurement.respondentsAboveInvited";
    public const string DimensionTwice = "measurement.dimensionTwice";
    public const string ResultTwice = "measurement.resultTwice";
    public const string ResultsPublished = "measurement.resultsPublished";
    public const string AlreadyPublished = "measurement.alreadyPublished";
}

namespace AbsenceCases.SeedGenerator.Measurements;

/// <summary>
/// The assumptions behind the social-capital scores (0–100). A workplace scores lower the more sickness absence it has in
/// the months after the measurement than the average workplace, around a lasting level of its own; each measurement,
/// team and dimension adds noise of its own. The pilot workplaces gain in their project year, so that their second
/// measurement is better than their first.
/// </summary>
internal static class WellbeingModel
{
    /// <summary>The dimensions of social capital and how a dimension typically scores against the mean.</summary>
    public static IReadOnlyList<(string Name, double Offset)> Dimensions { get; } = [("Tillid", 4), ("Retfærdighed", -5), ("Samarbejde", 1)];

    private const double MeanScore = 68;
    private const double PointsPerPercentagePoint = 1.5;
    private const double MostRateDifference = 5;
    private const double WorkplaceLevelSigma = 3;
    private const double MeasurementSigma = 2;
    private const double TeamSigma = 2.5;
    private const double DimensionSigma = 1.5;
    private const double PilotProjectGain = 4;
    private const double LowestResponseRate = 0.7;
    private const double HighestResponseRate = 0.92;

    /// <summary>A workplace's lasting level against the mean, drawn once.</summary>
    public static double DrawWorkplaceLevel(Random random) => WorkplaceLevelSigma * random.StandardNormal();

    /// <summary>
    /// The level of a workplace in one measurement: its lasting level, the points its sickness absence in the window costs
    /// against the average workplace (the difference capped at <see cref="MostRateDifference"/>), the pilots' project gain and noise.
    /// </summary>
    public static double WorkplaceScore(double lastingLevel, double sicknessRate, double averageRate, bool pilotInProjectYear, Random random) =>
        MeanScore + lastingLevel
        - (PointsPerPercentagePoint * Math.Clamp(sicknessRate - averageRate, -MostRateDifference, MostRateDifference))
        + (pilotInProjectYear ? PilotProjectGain : 0)
        + (MeasurementSigma * random.StandardNormal());

    public static double TeamScore(double workplaceScore, Random random) => workplaceScore + (TeamSigma * random.StandardNormal());

    public static decimal DimensionScore(double teamScore, double offset, Random random) =>
        Math.Round((decimal)Math.Clamp(teamScore + offset + (DimensionSigma * random.StandardNormal()), 0, 100), 1);

    public static int DrawRespondents(int invited, Random random) =>
        (int)Math.Round(invited * random.Between(LowestResponseRate, HighestResponseRate), MidpointRounding.AwayFromZero);

    /// <summary>A unit that was hard to reach: a handful answered, fewer than the app shows alone, enough for two such units together.</summary>
    public static int DrawFewRespondents(Random random) => random.Next(3, 5);
}

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>
/// The answers of one unit's own staff to one dimension of a measurement: the mean score (0–100, at most two
/// decimals), how many answered and how many were asked. Units below it have figures of their own.
/// </summary>
public sealed record ResultFigures(int UnitId, string Dimension, decimal Score, int Respondents, int Invited)
{
    public const decimal MaxScore = 100m;

    public const int ScoreDecimals = 2;

    public static bool IsScore(decimal score) => score is >= 0m and <= MaxScore && score.Scale <= ScoreDecimals;

    public static bool AreCounts(int respondents, int invited) => respondents >= 0 && respondents <= invited;
}

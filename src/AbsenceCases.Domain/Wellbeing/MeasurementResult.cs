namespace AbsenceCases.Domain.Wellbeing;

/// <summary>One unit's figures for one dimension of a measurement, as imported.</summary>
public sealed class MeasurementResult
{
    private MeasurementResult()
    {
        Dimension = string.Empty;
    }

    internal MeasurementResult(ResultFigures figures)
    {
        UnitId = figures.UnitId;
        Dimension = figures.Dimension;
        Update(figures);
    }

    public int Id { get; private set; }

    public int MeasurementId { get; private set; }

    public int UnitId { get; private set; }

    public string Dimension { get; private set; }

    public decimal Score { get; private set; }

    public int Respondents { get; private set; }

    public int Invited { get; private set; }

    public ResultFigures Figures => new(UnitId, Dimension, Score, Respondents, Invited);

    internal void Update(ResultFigures figures)
    {
        if (!ResultFigures.IsScore(figures.Score))
        {
            throw new DomainException(MeasurementCodes.ScoreOutOfRange, ("value", figures.Score));
        }

        if (!ResultFigures.AreCounts(figures.Respondents, figures.Invited))
        {
            throw new DomainException(MeasurementCodes.RespondentsAboveInvited, ("respondents", figures.Respondents), ("invited", figures.Invited));
        }

        Score = figures.Score;
        Respondents = figures.Respondents;
        Invited = figures.Invited;
    }
}

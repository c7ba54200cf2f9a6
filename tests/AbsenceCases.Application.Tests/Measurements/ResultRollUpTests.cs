using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Tests.Measurements;

/// <summary>
/// The roll-up and the anonymity rule on a small organisation, every figure worked out by hand:
/// area X (1) → workplace W1 (2) with teams T1 (3) and T2 (4), and workplace W2 (5).
/// </summary>
public sealed class ResultRollUpTests
{
    private const int X = 1, W1 = 2, T1 = 3, T2 = 4, W2 = 5;

    private static readonly ResultUnit[] Units = [new(X, null), new(W1, X), new(T1, W1), new(T2, W1), new(W2, X)];

    [Test]
    public void ShouldWeighEachUnitsScoreByItsRespondents()
    {
        var rows = Rows(X, Figures((T1, 50m, 10, 12), (T2, 70m, 30, 40), (W2, 80m, 20, 20)));

        // W1 = (10 × 50 + 30 × 70) / 40 = 2600 / 40 = 65; X = (2600 + 20 × 80) / 60 = 4200 / 60 = 70.
        Assert.That(rows, Is.EqualTo(new[]
        {
            new ResultRow(X, "Tillid", 70m, 60, 72, false),
            new ResultRow(W1, "Tillid", 65m, 40, 52, false),
            new ResultRow(W2, "Tillid", 80m, 20, 20, false),
        }));
    }

    [Test]
    public void ShouldRoundTheScoreToTwoDecimals()
    {
        var rows = Rows(W1, Figures((T1, 50m, 6, 6), (T2, 61m, 7, 7)));

        // (6 × 50 + 7 × 61) / 13 = 727 / 13 = 55.923…
        Assert.That(rows[0].Score, Is.EqualTo(55.92m));
    }

    [Test]
    public void ShouldHideATeamOfFourAndTheUnitsWhoseScoresLessTheirShownChildrensWouldGiveItAway()
    {
        var rows = Rows(X, Figures((T1, 40m, 4, 5), (T2, 60m, 8, 9), (W2, 80m, 12, 15)));
        var teams = Rows(W1, Figures((T1, 40m, 4, 5), (T2, 60m, 8, 9), (W2, 80m, 12, 15)));

        // W1 less T2 is T1's 4 respondents; X less T2 and W2 is the same 4.
        Assert.That(rows.Select(r => (r.UnitId, r.Score, r.Suppressed)), Is.EqualTo(new[] { (X, (decimal?)null, true), (W1, null, true), (W2, 80m, false) }));
        Assert.That(teams.Select(r => (r.UnitId, r.Score, r.Respondents)), Is.EqualTo(new[] { (W1, (decimal?)null, 12), (T1, null, 4), (T2, 60m, 8) }));
    }

    [Test]
    public void ShouldHideAUnitWhoseOwnSmallStaffItsFigureLessItsTeamsWouldGiveAway()
    {
        var rows = Rows(W1, Figures((W1, 30m, 3, 4), (T1, 70m, 8, 8)));

        Assert.That(rows.Select(r => (r.UnitId, r.Score)), Is.EqualTo(new[] { (W1, (decimal?)null), (T1, 70m) }));
    }

    [Test]
    public void ShouldShowAUnitWhoseHiddenTeamsTogetherHaveEnoughRespondents()
    {
        var rows = Rows(W1, Figures((T1, 40m, 3, 4), (T2, 60m, 3, 3)));

        // Only T1 and T2 together can be worked out: 6 respondents, (3 × 40 + 3 × 60) / 6 = 50.
        Assert.That(rows.Select(r => (r.UnitId, r.Score)), Is.EqualTo(new[] { (W1, (decimal?)50m), (T1, null), (T2, null) }));
    }

    [Test]
    public void ShouldNotCountATeamWithoutRespondentsAsASmallGroup()
    {
        var rows = Rows(W1, Figures((T1, 70m, 10, 12), (T2, 0m, 0, 5)));

        Assert.That(rows, Is.EqualTo(new[]
        {
            new ResultRow(W1, "Tillid", 70m, 10, 17, false),
            new ResultRow(T1, "Tillid", 70m, 10, 12, false),
            new ResultRow(T2, "Tillid", null, 0, 5, true),
        }));
    }

    [Test]
    public void ShouldApplyTheConfiguredMinimumAndDecideEachDimensionByItself()
    {
        var figures = Figures((T1, 40m, 4, 5), (T2, 60m, 8, 9)).Append(new ResultFigures(T1, "Ledelse", 55m, 2, 5)).ToList();

        var rows = ResultRollUp.Rows(W1, Units, figures, minRespondents: 3);

        // Tillid: W1 = (160 + 480) / 12 = 53.33; Ledelse: T1's 2 respondents are too few, and W1 holds only them.
        Assert.That(rows.Select(r => (r.UnitId, r.Dimension, r.Score)), Is.EqualTo(new[]
        {
            (W1, "Ledelse", (decimal?)null), (W1, "Tillid", 53.33m), (T1, "Ledelse", null), (T1, "Tillid", 40m), (T2, "Tillid", 60m),
        }));
    }

    private static IReadOnlyList<ResultRow> Rows(int rootId, IReadOnlyList<ResultFigures> figures) =>
        ResultRollUp.Rows(rootId, Units, figures, minRespondents: 5);

    private static List<ResultFigures> Figures(params (int UnitId, decimal Score, int Respondents, int Invited)[] rows) =>
        rows.Select(r => new ResultFigures(r.UnitId, "Tillid", r.Score, r.Respondents, r.Invited)).ToList();
}

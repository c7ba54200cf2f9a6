using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Tests.Imports;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Tests.Measurements;

public sealed class ResultImportRulesTests
{
    private readonly ImportErrors _errors = new();
    private readonly ResultImportRules _rules;

    public ResultImportRulesTests() =>
        _rules = new ResultImportRules(_errors, new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["A"] = 11, ["B"] = 12 });

    [Test]
    public void ShouldTakeARowOfAStoredUnitWithItsFigures()
    {
        Assert.That(_rules.Row(2, "a", "Tillid", 72.25m, 0, 0), Is.EqualTo(new ResultFigures(11, "Tillid", 72.25m, 0, 0)));
        Assert.That(_rules.Row(3, "A", "Ledelse", 100m, 10, 10), Is.EqualTo(new ResultFigures(11, "Ledelse", 100m, 10, 10)));
        Assert.That(ImportErrorsOf.List(_errors), Is.Empty);
    }

    [Test]
    public void ShouldRefuseAnUnknownUnit()
    {
        Assert.That(_rules.Row(2, "C", "Tillid", 50m, 5, 5), Is.Null);
        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (2, "unit_code", ImportCodes.UnknownUnit) }));
    }

    [TestCase(100.5)]
    [TestCase(33.333)]
    public void ShouldRefuseAScoreAbove100OrWithMoreThanTwoDecimals(decimal score)
    {
        Assert.That(_rules.Row(2, "A", "Tillid", score, 5, 5), Is.Null);
        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[] { (2, "score", MeasurementCodes.ScoreOutOfRange) }));
    }

    [Test]
    public void ShouldRefuseMoreRespondentsThanInvited()
    {
        Assert.That(_rules.Row(2, "A", "Tillid", 50m, 6, 5), Is.Null);
        var reason = ImportErrorsOf.Rejected(_errors).Single().Reason;
        Assert.That((reason.Code, reason.Args["respondents"], reason.Args["invited"]), Is.EqualTo((MeasurementCodes.RespondentsAboveInvited, (object)6, (object)5)));
    }

    [Test]
    public void ShouldRefuseAUnitsDimensionAnEarlierLineHasWhateverTheUnitCodesCase()
    {
        _rules.Row(2, "B", "Tillid", 50m, 5, 5);

        Assert.That(_rules.Row(4, "b", "Tillid", 60m, 6, 6), Is.Null);
        Assert.That(_rules.Row(5, "B", "tillid", 60m, 6, 6), Is.Not.Null, "dimensions are names, compared as written");
        var error = ImportErrorsOf.Rejected(_errors).Single();
        Assert.That((error.Line, error.Column, error.Reason.Code, error.Reason.Args["line"]), Is.EqualTo((4, "dimension", MeasurementCodes.DimensionTwice, (object)2)));
    }

    [Test]
    public void ShouldCheckTheRestOfARowWhoseFieldsTheReaderRefused()
    {
        Assert.That(_rules.Row(2, null, "Tillid", 101m, 7, 6), Is.Null);
        Assert.That(_rules.Row(3, "A", null, 50m, 5, 5), Is.Null);
        Assert.That(_rules.Row(4, "A", "Tillid", null, 5, 5), Is.Null);

        Assert.That(ImportErrorsOf.List(_errors), Is.EqualTo(new[]
        {
            (2, "score", MeasurementCodes.ScoreOutOfRange), (2, "respondents", MeasurementCodes.RespondentsAboveInvited),
        }));
    }
}

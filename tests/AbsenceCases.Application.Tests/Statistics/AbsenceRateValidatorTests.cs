using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Application.Tests.Statistics;

public sealed class AbsenceRateValidatorTests
{
    private readonly GetAbsenceRateValidator _validator = new();

    [Test]
    public void ShouldAcceptAValidRangeWithEveryGrouping()
    {
        var result = _validator.TestValidate(new GetAbsenceRate("2024-01", "2024-12", 7, "month,unit,type,lengthBand", "work_injury"));

        result.ShouldNotHaveAnyValidationErrors();
    }

    [TestCase(null, "2024-12", nameof(GetAbsenceRate.From))]
    [TestCase("2024-00", "2024-12", nameof(GetAbsenceRate.From))]
    [TestCase("1999-12", "2000-01", nameof(GetAbsenceRate.From))]
    [TestCase("2024-06", "2024-05", nameof(GetAbsenceRate.To))]
    [TestCase("2014-01", "2024-01", nameof(GetAbsenceRate.To))]
    [TestCase("2024-01", "24-12", nameof(GetAbsenceRate.To))]
    public void ShouldRejectABadRange(string? from, string? to, string field)
    {
        var result = _validator.TestValidate(new GetAbsenceRate(from, to, null, null, null));

        result.ShouldHaveValidationErrorFor(field);
        Assert.That(result.Errors.Select(e => e.PropertyName).Distinct(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public void ShouldNameTheUnknownGroupings()
    {
        var result = _validator.TestValidate(new GetAbsenceRate("2024-01", "2024-12", null, "month, week ,team", null));

        result.ShouldHaveValidationErrorFor(r => r.GroupBy).WithMessageCode(StatisticsCodes.UnknownGrouping, ("groupings", "week,team"), ("allowed", "month, unit, type, lengthBand"));
    }

    [Test]
    public void ShouldRejectAnUnknownAbsenceType()
    {
        _validator.TestValidate(new GetAbsenceRate("2024-01", "2024-12", null, null, "sick")).ShouldHaveValidationErrorFor(r => r.AbsenceType);
    }

    [Test]
    public void ShouldReadTheGroupingsInAnyCaseAndOrder()
    {
        Assert.That(StatisticsGroupings.Parse(" LengthBand,month "), Is.EqualTo(StatisticsGrouping.Month | StatisticsGrouping.LengthBand));
        Assert.That(StatisticsGroupings.Parse(null), Is.EqualTo(StatisticsGrouping.None));
    }
}

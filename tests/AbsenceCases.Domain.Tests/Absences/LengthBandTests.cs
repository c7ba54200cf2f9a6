namespace AbsenceCases.Domain.Tests.Absences;

public class LengthBandTests
{
    [TestCase(1, LengthBand.Short)]
    [TestCase(14, LengthBand.Short)]
    [TestCase(15, LengthBand.Medium)]
    [TestCase(29, LengthBand.Medium)]
    [TestCase(30, LengthBand.Long)]
    [TestCase(400, LengthBand.Long)]
    public void ShouldBandAPeriodByItsCalendarDays(int days, LengthBand band)
    {
        Assert.That(LengthBands.Of(days), Is.EqualTo(band));
    }

    [Test]
    public void ShouldNameTheBandsAsTheApiDoes()
    {
        Assert.That(Enum.GetValues<LengthBand>().Select(b => b.ToCode()), Is.EqualTo(new[] { "short", "medium", "long" }));
    }
}

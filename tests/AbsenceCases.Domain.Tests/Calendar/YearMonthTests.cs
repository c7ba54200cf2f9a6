using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Domain.Tests.Calendar;

public class YearMonthTests
{
    [Test]
    public void ShouldReadAndWriteTheFormYearDashMonth()
    {
        var month = YearMonth.Parse("2024-02");

        Assert.Multiple(() =>
        {
            Assert.That(month, Is.EqualTo(new YearMonth(2024, 2)));
            Assert.That(month.ToString(), Is.EqualTo("2024-02"));
            Assert.That(month.FirstDay, Is.EqualTo(new DateOnly(2024, 2, 1)));
            Assert.That(month.LastDay, Is.EqualTo(new DateOnly(2024, 2, 29)));
        });
    }

    [TestCase("2024-2")]
    [TestCase("2024-13")]
    [TestCase("2024-00")]
    [TestCase("24-02")]
    [TestCase("2024/02")]
    [TestCase("2024-02-01")]
    [TestCase("")]
    [TestCase(null)]
    public void ShouldRejectAnythingElse(string? text)
    {
        Assert.That(YearMonth.TryParse(text, out _), Is.False);
    }

    [Test]
    public void ShouldNumberConsecutiveMonthsConsecutively()
    {
        var december = new YearMonth(2023, 12);

        Assert.That(december.AddMonths(1), Is.EqualTo(new YearMonth(2024, 1)));
        Assert.That(YearMonth.FromIndex(december.Index + 1), Is.EqualTo(new YearMonth(2024, 1)));
        Assert.That(YearMonth.Span(december, new YearMonth(2024, 11)), Is.EqualTo(12));
        Assert.That(new YearMonth(2024, 1) > december, Is.True);
    }
}

using AbsenceCases.Application.Statistics;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Tests.Statistics;

public sealed class CalendarSettingsTests
{
    [Test]
    public void ShouldCloseTheDaysOfTheSetting()
    {
        var calendar = new CalendarSettings { ExtraClosedDays = ["06-05", "12-24"] }.ToCalendar();

        Assert.That(calendar.ExtraClosedDays, Is.EquivalentTo(new[] { new MonthDay(6, 5), new MonthDay(12, 24) }));
    }

    [Test]
    public void ShouldCloseNoExtraDaysByDefault()
    {
        Assert.That(new CalendarSettings().ToCalendar().ExtraClosedDays, Is.Empty);
    }

    [Test]
    public void ShouldStopAtStartUpNamingABadDay()
    {
        var settings = new CalendarSettings { ExtraClosedDays = ["12-24", "24-12", "2024-12-31"] };

        var exception = Assert.Throws<InvalidOperationException>(() => settings.ToCalendar());

        Assert.That(exception!.Message, Does.Contain("'24-12'").And.Contain("'2024-12-31'").And.Not.Contain("'12-24'"));
    }
}

using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Domain.Tests.Calendar;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Danish = WorkingDayCalendar.Danish;

    // April 2023 starts on a Saturday: 20 weekdays (3–7, 10–14, 17–21, 24–28) less Maundy Thursday 6,
    // Good Friday 7 and Easter Monday 10 = 17.
    [TestCase(2023, 4, 17)]
    // May 2023 starts on a Monday: 23 weekdays less Store Bededag 5, Ascension 18 and Whit Monday 29 = 20.
    [TestCase(2023, 5, 20)]
    // March 2024 starts on a Friday: 21 weekdays less Maundy Thursday 28 and Good Friday 29 = 19.
    [TestCase(2024, 3, 19)]
    // April 2024 starts on Easter Monday: 22 weekdays less 1 April = 21; 26 April (Easter + 26) is a working day.
    [TestCase(2024, 4, 21)]
    // May 2024 starts on a Wednesday: 23 weekdays less Ascension 9 and Whit Monday 20 = 21.
    [TestCase(2024, 5, 21)]
    // December 2024 starts on a Sunday: 22 weekdays less 25 and 26 December = 20.
    [TestCase(2024, 12, 20)]
    // January 2024 starts on New Year's Day, a Monday: 23 weekdays less 1 January = 22.
    [TestCase(2024, 1, 22)]
    public void ShouldCountTheWorkingDaysOfAMonth(int year, int month, int expected)
    {
        Assert.That(Danish.CountWorkingDays(new YearMonth(year, month)), Is.EqualTo(expected));
    }

    // 2023 starts on a Sunday: 260 weekdays; 1 January is a Sunday; 8 holidays fall on weekdays
    // (6, 7, 10 April, 5, 18, 29 May, 25, 26 December) = 252.
    // 2024 is a leap year starting on a Monday: 262 weekdays less 8 holidays on weekdays
    // (1 January, 28, 29 March, 1 April, 9, 20 May, 25, 26 December) = 254.
    [TestCase(2023, 252)]
    [TestCase(2024, 254)]
    public void ShouldCountTheWorkingDaysOfAYear(int year, int expected)
    {
        Assert.That(Danish.CountWorkingDays(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), Is.EqualTo(expected));
    }

    [Test]
    public void ShouldCloseTheExtraDaysOfTheSettingEveryYear()
    {
        var calendar = new WorkingDayCalendar([MonthDay.Parse("06-05"), MonthDay.Parse("12-24"), MonthDay.Parse("12-31")]);

        // December 2024: 20 working days less Tuesday 24 and Tuesday 31 = 18.
        Assert.That(calendar.CountWorkingDays(new YearMonth(2024, 12)), Is.EqualTo(18));
        // 5 June 2025 is a Thursday.
        Assert.That(calendar.IsWorkingDay(new DateOnly(2025, 6, 5)), Is.False);
        Assert.That(Danish.IsWorkingDay(new DateOnly(2025, 6, 5)), Is.True);
    }

    [Test]
    public void ShouldCountNothingForAWeekend()
    {
        Assert.That(Danish.CountWorkingDays(new DateOnly(2024, 3, 2), new DateOnly(2024, 3, 3)), Is.Zero);
        Assert.That(Danish.IsWorkingDay(new DateOnly(2024, 3, 2)), Is.False);
    }

    [Test]
    public void ShouldCountNothingWhenTheLastDayIsBeforeTheFirst()
    {
        Assert.That(Danish.CountWorkingDays(new DateOnly(2024, 3, 5), new DateOnly(2024, 3, 4)), Is.Zero);
    }

    [Test]
    public void ShouldCountTheSameOutsideItsTableAsDayByDay()
    {
        // 2 January 2200 is a Thursday; the table ends with 2199.
        var first = new DateOnly(2199, 12, 20);
        var last = new DateOnly(2200, 1, 10);
        var oneByOne = Enumerable.Range(0, last.DayNumber - first.DayNumber + 1).Count(i => Danish.IsWorkingDay(first.AddDays(i)));

        Assert.That(Danish.CountWorkingDays(first, last), Is.EqualTo(oneByOne));
    }

    [TestCase("06-05", 6, 5)]
    [TestCase("12-31", 12, 31)]
    [TestCase(" 02-29 ", 2, 29)]
    public void ShouldReadAnExtraClosedDay(string text, int month, int day)
    {
        Assert.That(MonthDay.Parse(text), Is.EqualTo(new MonthDay(month, day)));
    }

    [TestCase("6-5")]
    [TestCase("13-01")]
    [TestCase("02-30")]
    [TestCase("2024-12-24")]
    [TestCase("")]
    [TestCase(null)]
    public void ShouldRejectABadExtraClosedDay(string? text)
    {
        Assert.That(MonthDay.TryParse(text, out _), Is.False);
    }
}

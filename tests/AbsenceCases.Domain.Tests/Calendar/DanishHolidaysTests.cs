using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Domain.Tests.Calendar;

public class DanishHolidaysTests
{
    [TestCase(2023, 4, 9)]
    [TestCase(2024, 3, 31)]
    [TestCase(2025, 4, 20)]
    [TestCase(2026, 4, 5)]
    [TestCase(2019, 4, 21)]
    [TestCase(2038, 4, 25, TestName = "the latest possible Easter")]
    [TestCase(2285, 3, 22, TestName = "the earliest possible Easter")]
    public void ShouldFindEasterSunday(int year, int month, int day)
    {
        Assert.That(DanishHolidays.EasterSunday(year), Is.EqualTo(new DateOnly(year, month, day)));
    }

    // Easter 2023 is 9 April: Maundy Thursday 6 April, Good Friday 7, Easter Monday 10, Store Bededag (+26) Friday
    // 5 May, Ascension (+39) 18 May, Whit Monday (+50) 29 May.
    [TestCase("2023-01-01")]
    [TestCase("2023-04-06")]
    [TestCase("2023-04-07")]
    [TestCase("2023-04-10")]
    [TestCase("2023-05-05")]
    [TestCase("2023-05-18")]
    [TestCase("2023-05-29")]
    [TestCase("2023-12-25")]
    [TestCase("2023-12-26")]
    // Easter 2024 is 31 March: 28 and 29 March, 1 April, Ascension 9 May, Whit Monday 20 May.
    [TestCase("2024-03-28")]
    [TestCase("2024-03-29")]
    [TestCase("2024-04-01")]
    [TestCase("2024-05-09")]
    [TestCase("2024-05-20")]
    public void ShouldKnowThePublicHolidays(string day)
    {
        Assert.That(DanishHolidays.IsPublicHoliday(DateOnly.Parse(day)), Is.True);
    }

    // Store Bededag would be Easter + 26: Friday 26 April 2024, Friday 16 May 2025, Friday 1 May 2026.
    [TestCase("2024-04-26")]
    [TestCase("2025-05-16")]
    [TestCase("2026-05-01")]
    public void ShouldNotKeepStoreBededagAfter2023(string day)
    {
        Assert.That(DanishHolidays.IsPublicHoliday(DateOnly.Parse(day)), Is.False);
    }

    [TestCase("2024-06-05", TestName = "Constitution Day is not a public holiday by law")]
    [TestCase("2024-12-24", TestName = "Christmas Eve is not a public holiday by law")]
    [TestCase("2024-12-31")]
    [TestCase("2024-03-27")]
    [TestCase("2024-04-02")]
    public void ShouldTreatOtherDaysAsOrdinary(string day)
    {
        Assert.That(DanishHolidays.IsPublicHoliday(DateOnly.Parse(day)), Is.False);
    }
}

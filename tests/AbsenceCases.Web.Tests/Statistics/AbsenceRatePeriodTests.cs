using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>Contiguous spells of one type form one absence period; its length decides the band of all its days.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AbsenceRatePeriodTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    private const string OneFullTimer = "7001;Ane Ager;W1;37;2023-01-01;;Smed\n";

    [Test]
    public async Task ShouldJoinAHalfSpellAndAFullSpellAcrossTheNewYearIntoOneLongPeriod()
    {
        var hr = await Import(OneFullTimer,
            "7001;2023-12-18;2024-01-05;50;own_illness\n" +
            "7001;2024-01-06;2024-01-21;100;own_illness\n");
        var stat = await UnitId("STAT");

        var rows = await Rows(hr, $"from=2023-12&to=2024-01&unitId={stat}&groupBy=month,lengthBand");

        // One period, 18 December 2023 – 21 January 2024: 14 + 21 = 35 calendar days, long. (Apart, the spells would be
        // 19 and 16 days, both medium.) December 2023 has 19 working days (21 weekdays less 25 and 26); the 50 % spell
        // holds Mon–Fri 18–22 and Wed–Fri 27–29 = 8 days × 0.5 = 4. January 2024 has 22 working days; the 50 % spell
        // holds Tue–Fri 2–5 = 4 × 0.5 = 2, the 100 % spell Mon–Fri 8–12 and 15–19 = 10: 12. The period ends in January.
        Assert.That(rows.Select(r => (r.Period, r.LengthBand)), Is.EqualTo(new[]
        {
            ("2023-12", "short"), ("2023-12", "medium"), ("2023-12", "long"),
            ("2024-01", "short"), ("2024-01", "medium"), ("2024-01", "long"),
        }));
        AssertFigures(rows[0], possibleDays: 19, absenceDays: 0, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[1], possibleDays: 19, absenceDays: 0, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[2], possibleDays: 19, absenceDays: 4, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[3], possibleDays: 22, absenceDays: 0, periodsEnded: 0, workingDays: 22);
        AssertFigures(rows[4], possibleDays: 22, absenceDays: 0, periodsEnded: 0, workingDays: 22);
        AssertFigures(rows[5], possibleDays: 22, absenceDays: 12, periodsEnded: 1, workingDays: 22);
    }

    [Test]
    public async Task ShouldBandThePeriodByItsWholeLengthEvenWhenTheRangeEndsBeforeIt()
    {
        var hr = await Import(OneFullTimer,
            "7001;2023-12-18;2024-01-05;50;own_illness\n" +
            "7001;2024-01-06;2024-01-21;100;own_illness\n");
        var stat = await UnitId("STAT");

        var december = await Rows(hr, $"from=2023-12&to=2023-12&unitId={stat}&groupBy=lengthBand");
        var whole = await SingleRow(hr, $"from=2023-12&to=2024-01&unitId={stat}");

        // December alone: the 4 days still belong to the 35-day period, so they are long, and nothing ends in December.
        AssertFigures(december[2], possibleDays: 19, absenceDays: 4, periodsEnded: 0, workingDays: 19);
        Assert.That(december.Take(2).Select(r => r.AbsenceDays), Is.All.EqualTo(0));
        // Both months as one row: possible 19 + 22 = 41 over 41 working days, absence 4 + 12 = 16, one period ended.
        Assert.That(whole.Period, Is.EqualTo("2023-12..2024-01"));
        AssertFigures(whole, possibleDays: 41, absenceDays: 16, periodsEnded: 1, workingDays: 41);
    }

    [Test]
    public async Task ShouldRunAnOpenSpellToTodayAndBandItByItsLengthSoFar()
    {
        // Today is Monday 16 March 2026.
        var hr = await Import(OneFullTimer, "7001;2026-02-23;;100;own_illness\n");
        var stat = await UnitId("STAT");

        var report = await Report(hr, $"from=2026-02&to=2026-03&unitId={stat}&groupBy=month,lengthBand");

        // As of today, 16 March (earlier than 31 March): the period runs 23 February – 16 March = 6 + 16 = 22 days,
        // medium. February 2026 starts on a Sunday: 20 working days; the spell holds Mon–Fri 23–27 = 5. March 2026:
        // 22 working days (Easter is 5 April); the spell holds 2–6, 9–13 and Monday 16 = 11. The open period's last day
        // is the as-of date, so it is counted as ended in March.
        Assert.That(report.AsOf, Is.EqualTo(new DateOnly(2026, 3, 16)));
        var rows = report.Rows;
        AssertFigures(rows[1], possibleDays: 20, absenceDays: 5, periodsEnded: 0, workingDays: 20);
        AssertFigures(rows[4], possibleDays: 22, absenceDays: 11, periodsEnded: 1, workingDays: 22);
        Assert.That(rows.Where((_, i) => i is not (1 or 4)).Select(r => r.AbsenceDays + r.PeriodsEnded), Is.All.EqualTo(0));
    }

    [Test]
    public async Task ShouldRunAnOpenSpellToTheEndOfAnEarlierPeriod()
    {
        var hr = await Import(OneFullTimer, "7001;2026-02-23;;100;own_illness\n");
        var stat = await UnitId("STAT");

        var report = await Report(hr, $"from=2026-02&to=2026-02&unitId={stat}&groupBy=lengthBand");

        // As of 28 February, the end of the period asked for: 23–28 February = 6 days, short, 5 working days.
        Assert.That(report.AsOf, Is.EqualTo(new DateOnly(2026, 2, 28)));
        AssertFigures(report.Rows[0], possibleDays: 20, absenceDays: 5, periodsEnded: 1, workingDays: 20);
        Assert.That(report.Rows.Skip(1).Select(r => r.AbsenceDays + r.PeriodsEnded), Is.All.EqualTo(0));
    }

    [Test]
    public async Task ShouldKeepChildIllnessOutOfTheHeadlineAndReportItSeparately()
    {
        var hr = await Import(OneFullTimer,
            "7001;2024-03-04;2024-03-05;100;own_illness\n" +
            "7001;2024-03-06;2024-03-06;100;child_illness\n" +
            "7001;2024-03-07;2024-03-08;100;work_injury\n");
        var stat = await UnitId("STAT");

        var headline = await SingleRow(hr, $"from=2024-03&to=2024-03&unitId={stat}");
        var childIllness = await SingleRow(hr, $"from=2024-03&to=2024-03&unitId={stat}&absenceType=child_illness");
        var byType = await Rows(hr, $"from=2024-03&to=2024-03&unitId={stat}&groupBy=type");

        // March 2024: 19 working days. Own illness Mon–Tue 4–5 (2 days), child illness Wed 6 (1), work injury Thu–Fri
        // 7–8 (2): three periods of three types. The headline is own illness + work injury: 4 days, 2 periods.
        AssertFigures(headline, possibleDays: 19, absenceDays: 4, periodsEnded: 2, workingDays: 19);
        Assert.That(headline.AbsenceType, Is.Null);
        AssertFigures(childIllness, possibleDays: 19, absenceDays: 1, periodsEnded: 1, workingDays: 19);
        Assert.That(byType.Select(r => r.AbsenceType), Is.EqualTo(new[] { "own_illness", "child_illness", "work_injury" }));
        AssertFigures(byType[0], possibleDays: 19, absenceDays: 2, periodsEnded: 1, workingDays: 19);
        AssertFigures(byType[1], possibleDays: 19, absenceDays: 1, periodsEnded: 1, workingDays: 19);
        AssertFigures(byType[2], possibleDays: 19, absenceDays: 2, periodsEnded: 1, workingDays: 19);
    }
}

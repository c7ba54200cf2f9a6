using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>Days are weighted by employment fraction and percent, and follow the employments that cover them.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AbsenceRateWeightingTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    [Test]
    public async Task ShouldWeightAPartTimeEmploymentOf18AndAHalfHours()
    {
        var hr = await Import(
            "7001;Bo Brink;W1;18.5;2024-01-01;;Kok\n",
            "7001;2024-03-04;2024-03-08;100;own_illness\n" +
            "7001;2024-03-11;2024-03-15;50;own_illness\n");
        var stat = await UnitId("STAT");

        var march = await SingleRow(hr, $"from=2024-03&to=2024-03&unitId={stat}");

        // f = 18.5 / 37 = 0.5. March 2024 has 19 working days: possible 19 × 0.5 = 9.5. Mon–Fri 4–8 March at 100 %:
        // 5 × 0.5 × 1 = 2.5; Mon–Fri 11–15 March at 50 %: 5 × 0.5 × 0.5 = 1.25; absence 3.75, rate 100 × 3.75 / 9.5.
        // Monday 11 is not the day after Friday 8, so these are two periods. FTE 9.5 / 19 = 0.5; days per FTE 7.5.
        AssertFigures(march, possibleDays: 9.5, absenceDays: 3.75, periodsEnded: 2, workingDays: 19);
        Assert.That(march.Fte, Is.EqualTo(0.5).Within(Tolerance));
        Assert.That(march.AbsenceDaysPerFte, Is.EqualTo(7.5).Within(Tolerance));
        Assert.That(march.RatePercent, Is.EqualTo(39.4736842105).Within(Tolerance));
    }

    [Test]
    public async Task ShouldGiveEachUnitTheDaysOfItsEmploymentWhenTheUnitChangesInsideASpell()
    {
        var hr = await Import(
            "7002;Cecilie Dam;T1;37;2024-01-01;2024-03-15;Smed\n" +
            "7002;Cecilie Dam;W2;37;2024-03-16;;Kok\n",
            "7002;2024-03-11;2024-03-22;100;own_illness\n");
        var stat = await UnitId("STAT");

        var rows = await Rows(hr, $"from=2024-03&to=2024-03&unitId={stat}&groupBy=unit");

        // Employment in team T1 Fri 1 – Fri 15 March: working days 1, 4–8, 11–15 = 11; in W2 from Sat 16 March: 18–22
        // and 25–27 = 8 (28, 29 are Easter holidays). The spell Mon 11 – Fri 22 March: 11–15 (5) in T1, 18–22 (5) in W2.
        // One 12-day period ending on 22 March, when only the W2 employment covers it: ended in W2 and STAT only.
        var byUnit = rows.ToDictionary(r => r.UnitId!.Value);
        Assert.That(rows.Select(r => r.UnitId), Is.EqualTo(new[] { stat, await UnitId("W1"), await UnitId("T1"), await UnitId("W2") }));
        AssertFigures(byUnit[stat], possibleDays: 19, absenceDays: 10, periodsEnded: 1, workingDays: 19);
        AssertFigures(byUnit[await UnitId("W1")], possibleDays: 11, absenceDays: 5, periodsEnded: 0, workingDays: 19);
        AssertFigures(byUnit[await UnitId("T1")], possibleDays: 11, absenceDays: 5, periodsEnded: 0, workingDays: 19);
        AssertFigures(byUnit[await UnitId("W2")], possibleDays: 8, absenceDays: 5, periodsEnded: 1, workingDays: 19);
    }

    [Test]
    public async Task ShouldCountASpellAcrossAMonthForBothOfTwoConcurrentEmploymentsAndItsEndOncePerUnit()
    {
        var hr = await Import(
            "7003;Dorthe Eng;W1;20;2024-01-01;;Lærer;7003-A\n" +
            "7003;Dorthe Eng;W2;17;2024-01-01;;Pædagog;7003-B\n",
            "7003;2024-03-27;2024-04-03;100;own_illness\n",
            employeesHeader: EmploymentIdHeader);
        var (stat, w1, w2) = (await UnitId("STAT"), await UnitId("W1"), await UnitId("W2"));

        var march = (await Rows(hr, $"from=2024-03&to=2024-03&unitId={stat}&groupBy=unit")).ToDictionary(r => r.UnitId!.Value);
        var april = (await Rows(hr, $"from=2024-04&to=2024-04&unitId={stat}&groupBy=unit")).ToDictionary(r => r.UnitId!.Value);
        var aprilBands = await Rows(hr, $"from=2024-04&to=2024-04&unitId={stat}&groupBy=lengthBand");

        // Employment A in W1: f = 20 / 37; employment B in W2: f = 17 / 37; together f = 1. March 2024 has 19 working
        // days, April 21 (Easter Monday 1 April; Store Bededag is gone from 2024). The spell Wed 27 March – Wed 3 April
        // holds the working days 27 March (28 and 29 are Maundy Thursday and Good Friday) and 2–3 April, and counts
        // for both employments. Its one period of 8 calendar days is short, still running at the end of March, and
        // ends on 3 April once in each unit that covers that day: W1, W2 and, once, STAT above them.
        AssertFigures(march[w1], possibleDays: 19 * 20 / 37.0, absenceDays: 1 * 20 / 37.0, periodsEnded: 0, workingDays: 19);
        AssertFigures(march[w2], possibleDays: 19 * 17 / 37.0, absenceDays: 1 * 17 / 37.0, periodsEnded: 0, workingDays: 19);
        AssertFigures(march[stat], possibleDays: 19, absenceDays: 1, periodsEnded: 0, workingDays: 19);
        AssertFigures(april[w1], possibleDays: 21 * 20 / 37.0, absenceDays: 2 * 20 / 37.0, periodsEnded: 1, workingDays: 21);
        AssertFigures(april[w2], possibleDays: 21 * 17 / 37.0, absenceDays: 2 * 17 / 37.0, periodsEnded: 1, workingDays: 21);
        AssertFigures(april[stat], possibleDays: 21, absenceDays: 2, periodsEnded: 1, workingDays: 21);
        AssertFigures(aprilBands[0], possibleDays: 21, absenceDays: 2, periodsEnded: 1, workingDays: 21);
        Assert.That(aprilBands.Skip(1).Sum(r => r.AbsenceDays), Is.Zero);
    }

    [Test]
    public async Task ShouldCountNothingAfterAnEmploymentEndsInsideASpell()
    {
        var hr = await Import(
            "7004;Erik Fisker;W1;37;2024-01-01;2024-03-13;Smed\n",
            "7004;2024-03-11;2024-03-22;100;own_illness\n");
        var stat = await UnitId("STAT");

        var rows = await Rows(hr, $"from=2024-03&to=2024-03&unitId={stat}&groupBy=lengthBand");

        // The employment covers Fri 1, Mon–Fri 4–8 and Mon–Wed 11–13 March: possible 9. The spell Mon 11 – Fri 22
        // March counts only Mon–Wed 11–13 = 3 days. Its period is 12 calendar days long, short, but no employment
        // covers its last day, 22 March, so no unit counts it as ended. March 2024 has 19 working days.
        AssertFigures(rows[0], possibleDays: 9, absenceDays: 3, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[1], possibleDays: 9, absenceDays: 0, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[2], possibleDays: 9, absenceDays: 0, periodsEnded: 0, workingDays: 19);
    }
}

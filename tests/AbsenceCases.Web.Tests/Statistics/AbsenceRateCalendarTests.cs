using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>Working days follow the Danish calendar: Easter, Store Bededag up to 2023 only, weekends count for nothing.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AbsenceRateCalendarTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    [Test]
    public async Task ShouldSkipStoreBededagIn2023ButCountItsFridayIn2024()
    {
        var hr = await Import(
            "7001;Ane Ager;W1;37;2023-01-01;;Smed\n",
            "7001;2023-05-01;2023-05-07;100;own_illness\n" +
            "7001;2024-04-22;2024-04-28;100;own_illness\n");
        var stat = await UnitId("STAT");

        var may2023 = await SingleRow(hr, $"from=2023-05&to=2023-05&unitId={stat}");
        var april2024 = await SingleRow(hr, $"from=2024-04&to=2024-04&unitId={stat}");

        // May 2023 starts on a Monday: 23 weekdays less Store Bededag (Fri 5), Ascension (Thu 18) and Whit Monday
        // (Mon 29) = 20 working days, all possible at f = 1. The spell Mon 1 – Sun 7 May holds Mon–Thu 1–4 = 4 days;
        // Friday 5 May is Store Bededag. One 7-day period ends on 7 May.
        AssertFigures(may2023, possibleDays: 20, absenceDays: 4, periodsEnded: 1, workingDays: 20);
        Assert.That(may2023.RatePercent, Is.EqualTo(20.0).Within(Tolerance));
        // April 2024 starts on Easter Monday: 22 weekdays less 1 April = 21. Store Bededag is abolished, so the spell
        // Mon 22 – Sun 28 April holds all of Mon–Fri 22–26 = 5 days: rate 100 × 5 / 21 = 23.8095…
        AssertFigures(april2024, possibleDays: 21, absenceDays: 5, periodsEnded: 1, workingDays: 21);
        Assert.That(april2024.RatePercent, Is.EqualTo(23.8095238095).Within(Tolerance));
    }

    [Test]
    public async Task ShouldSkipTheEasterHolidaysAndSplitASpellByMonth()
    {
        var hr = await Import(
            "7001;Ane Ager;W1;37;2023-01-01;;Smed\n",
            "7001;2023-04-03;2023-04-14;100;own_illness\n" +
            "7001;2024-03-25;2024-04-05;100;own_illness\n");
        var stat = await UnitId("STAT");

        var rows2023 = await Rows(hr, $"from=2023-04&to=2023-04&unitId={stat}&groupBy=month");
        var rows2024 = await Rows(hr, $"from=2024-03&to=2024-04&unitId={stat}&groupBy=month");

        // Easter 2023 is 9 April. April 2023 has 17 working days (20 weekdays less 6, 7 and 10 April). The spell
        // Mon 3 – Fri 14 April holds 3, 4, 5 and 11, 12, 13, 14 = 7 days.
        AssertFigures(rows2023.Single(), possibleDays: 17, absenceDays: 7, periodsEnded: 1, workingDays: 17);
        // Easter 2024 is 31 March. March 2024: 21 weekdays less Maundy Thursday 28 and Good Friday 29 = 19; the spell
        // holds Mon–Wed 25–27 March = 3. April 2024: 21 working days; the spell holds Tue–Fri 2–5 April = 4 (Easter
        // Monday 1 April is a holiday), and the 12-day period ends in April.
        Assert.That(rows2024.Select(r => r.Period), Is.EqualTo(new[] { "2024-03", "2024-04" }));
        AssertFigures(rows2024[0], possibleDays: 19, absenceDays: 3, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows2024[1], possibleDays: 21, absenceDays: 4, periodsEnded: 1, workingDays: 21);
    }

    [Test]
    public async Task ShouldCountAWeekendOnlySpellAsAShortPeriodWithoutAbsenceDays()
    {
        var hr = await Import(
            "7001;Ane Ager;W1;37;2024-01-01;;Smed\n",
            "7001;2024-03-09;2024-03-10;100;own_illness\n");
        var stat = await UnitId("STAT");

        var rows = await Rows(hr, $"from=2024-03&to=2024-03&unitId={stat}&groupBy=lengthBand");

        // Saturday 9 and Sunday 10 March are no working days: no absence days, but one 2-day period, short, ended
        // on the Sunday, which the employment covers. March 2024 has 19 working days.
        Assert.That(rows.Select(r => r.LengthBand), Is.EqualTo(new[] { "short", "medium", "long" }));
        AssertFigures(rows[0], possibleDays: 19, absenceDays: 0, periodsEnded: 1, workingDays: 19);
        AssertFigures(rows[1], possibleDays: 19, absenceDays: 0, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[2], possibleDays: 19, absenceDays: 0, periodsEnded: 0, workingDays: 19);
    }

    [Test]
    public async Task ShouldCloseTheExtraClosedDaysOfTheSetting()
    {
        var factory = AbsenceCasesFactory.OnNewDatabase(settings: new Dictionary<string, string>
        {
            ["Calendar:ExtraClosedDays:0"] = "12-24",
            ["Calendar:ExtraClosedDays:1"] = "12-31",
        });
        try
        {
            var world = await TestWorld.CreateAsync(factory);
            var hr = await Import(
                "7001;Ane Ager;W1;37;2024-01-01;;Smed\n",
                "7001;2024-12-23;2024-12-31;100;own_illness\n",
                world);
            var stat = await UnitId("STAT", world);

            var december = await SingleRow(hr, $"from=2024-12&to=2024-12&unitId={stat}");

            // December 2024: 22 weekdays less 25 and 26 December = 20, less the closed Tuesdays 24 and 31 = 18. The
            // spell Mon 23 – Tue 31 December holds Mon 23, Fri 27 and Mon 30 = 3 days.
            AssertFigures(december, possibleDays: 18, absenceDays: 3, periodsEnded: 1, workingDays: 18);
        }
        finally
        {
            await factory.DisposeAsync();
            factory.DeleteDatabase();
        }
    }
}

using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>The shape of the table: one row per period, unit, type and band grouped on; the rest null.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AbsenceRateGroupingTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    [Test]
    public async Task ShouldAnswerOneTotalRowForTheRangeWithoutGrouping()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2024-01-01;;Smed\n", "7001;2024-03-04;2024-03-05;100;own_illness\n");
        var stat = await UnitId("STAT");

        var report = await Report(hr, $"from=2024-01&to=2024-03&unitId={stat}");

        // January 22 + February 21 (Thursday 1 – Thursday 29, no holidays) + March 19 = 62 working days at f = 1.
        var row = report.Rows.Single();
        Assert.That((report.From, report.To, report.AsOf), Is.EqualTo(("2024-01", "2024-03", new DateOnly(2024, 3, 31))));
        Assert.That((row.Period, row.UnitId, row.AbsenceType, row.LengthBand), Is.EqualTo(("2024-01..2024-03", (int?)null, (string?)null, (string?)null)));
        AssertFigures(row, possibleDays: 62, absenceDays: 2, periodsEnded: 1, workingDays: 62);
    }

    [Test]
    public async Task ShouldGiveEveryCombinationOfTheGroupingsInOrder()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2024-01-01;;Smed\n", string.Empty);
        var stat = await UnitId("STAT");
        var units = new[] { stat, await UnitId("W1"), await UnitId("T1"), await UnitId("W2") };

        var rows = await Rows(hr, $"from=2024-01&to=2024-02&unitId={stat}&groupBy=lengthBand,type,unit,month");

        // 2 months × 4 units × 3 types × 3 bands, months first, then units in tree order, types, bands.
        Assert.That(rows, Has.Count.EqualTo(2 * 4 * 3 * 3));
        var expected =
            from month in new[] { "2024-01", "2024-02" }
            from unit in units
            from type in new[] { "own_illness", "child_illness", "work_injury" }
            from band in new[] { "short", "medium", "long" }
            select (month, (int?)unit, type, band);
        Assert.That(rows.Select(r => (r.Period, r.UnitId, r.AbsenceType, r.LengthBand)), Is.EqualTo(expected));
    }

    [Test]
    public async Task ShouldGiveARowForEveryUnitOfTheOrganisationToHr()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2024-01-01;;Smed\n", string.Empty);

        var rows = await Rows(hr, "from=2024-03&to=2024-03&groupBy=unit");
        var total = await SingleRow(hr, "from=2024-03&to=2024-03");

        var codes = await World.InDatabase(db => Task.FromResult(db.Units.ToDictionary(u => u.Id, u => u.Code)));
        Assert.That(rows.Select(r => codes[r.UnitId!.Value]), Is.EqualTo(new[] { "TEST", "DAG", "A", "A1", "B", "STAT", "W1", "T1", "W2" }));
        // The test municipality's own employees: 37 h in A, 18.5 h in team A1, 37 h in A, 37 h in B: f = 3.5; with
        // 7001's full time in W1, 4.5 × 19 working days of March 2024 = 85.5. Workplace A holds A and A1: 2.5 × 19.
        AssertFigures(total, possibleDays: 85.5, absenceDays: 0, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[0], possibleDays: 85.5, absenceDays: 0, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows[2], possibleDays: 47.5, absenceDays: 0, periodsEnded: 0, workingDays: 19);
        AssertFigures(rows.Single(r => codes[r.UnitId!.Value] == "W2"), possibleDays: 0, absenceDays: 0, periodsEnded: 0, workingDays: 19);
    }

    [Test]
    public async Task ShouldCountPossibleDaysOfMonthsAheadForOngoingEmployments()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2024-01-01;;Smed\n", string.Empty);
        var w1 = await UnitId("W1");

        var rows = await Rows(hr, $"from=2031-12&to=2032-01&unitId={w1}&groupBy=month");

        // December 2031 starts on a Monday: 23 weekdays less Thursday 25 and Friday 26 = 21. January 2032 starts on
        // a Thursday: 22 weekdays less 1 January = 21.
        AssertFigures(rows[0], possibleDays: 21, absenceDays: 0, periodsEnded: 0, workingDays: 21);
        AssertFigures(rows[1], possibleDays: 21, absenceDays: 0, periodsEnded: 0, workingDays: 21);
    }

    [Test]
    public async Task ShouldWriteTheRowsWithNullsForWhatIsNotGroupedAndSixDecimals()
    {
        var hr = await Import("7001;Bo Brink;W1;18.5;2024-01-01;;Kok\n", "7001;2024-03-04;2024-03-08;100;own_illness\n7001;2024-03-11;2024-03-15;50;own_illness\n");
        var w1 = await UnitId("W1");

        var json = await (await hr.GetAsync($"/api/statistics/absence-rate?from=2024-03&to=2024-03&unitId={w1}")).Content.ReadAsStringAsync();

        // 9.5 possible days, 3.75 absence days, rate 100 × 3.75 / 9.5 = 39.4736842… → 39.473684, FTE 0.5, 7.5 per FTE.
        Assert.That(json, Is.EqualTo(
            "{\"from\":\"2024-03\",\"to\":\"2024-03\",\"asOf\":\"2024-03-31\",\"rows\":[{\"period\":\"2024-03..2024-03\",\"unitId\":null," +
            "\"absenceType\":null,\"lengthBand\":null,\"possibleDays\":9.5,\"absenceDays\":3.75,\"ratePercent\":39.473684,\"fte\":0.5," +
            "\"absenceDaysPerFte\":7.5,\"periodsEnded\":2}]}"));
    }

    [Test]
    public async Task ShouldDescribeTheStatisticsInTheOpenApiDocument()
    {
        var document = System.Text.Json.JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "absence-rate", "absence-rate.csv", "absence-rate.xlsx", "success-criteria" })
        {
            Assert.That(paths.TryGetProperty($"/api/statistics/{path}", out _), Is.True, path);
        }

        var schemas = document.GetProperty("components").GetProperty("schemas");
        Assert.That(schemas.GetProperty("AbsenceRateRow").GetProperty("properties").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
        {
            "period", "unitId", "absenceType", "lengthBand", "possibleDays", "absenceDays", "ratePercent", "fte", "absenceDaysPerFte", "periodsEnded",
        }));
        Assert.That(schemas.TryGetProperty("SuccessCriteria", out _), Is.True);
        Assert.That(schemas.GetProperty("MessageCode").GetProperty("type").GetString(), Is.EqualTo("string"), "a message code (an indicator's name) goes out as its text");
    }
}

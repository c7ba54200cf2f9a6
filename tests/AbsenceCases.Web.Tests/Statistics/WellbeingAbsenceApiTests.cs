using System.Globalization;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Infrastructure.Persistence;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>
/// A measurement's scores per workplace beside the sickness absence of the 12 months from the month after it was
/// published, and the change to its follow-up beside the change in absence. Today is 16 March 2026. Two social-capital
/// measurements of W1 (with its team T1) and W2: the first published 2 December 2024, so its window is 2025-01..2025-12;
/// the follow-up published 20 January 2026, so its window has begun with 2026-02 and runs to the current month
/// (2026-02..2026-03): open spells are counted up to 16 March, possible days over the whole months as the statistics do.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class WellbeingAbsenceApiTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    private const string ResultsHeader = "unit_code;dimension;score;respondents;invited\n";

    /// <summary>T1 (4 respondents) and W2's Tillid (3) are hidden; W1's Tillid is (40 × 6 + 80 × 4) / 10 = 56.</summary>
    private const string FirstResults = ResultsHeader +
        "W1;Tillid;40;6;8\n" +
        "W1;Samarbejde;50;6;8\n" +
        "T1;Tillid;80;4;5\n" +
        "W2;Tillid;60;3;9\n" +
        "W2;Samarbejde;70;5;9\n";

    private const string FollowUpResults = ResultsHeader +
        "W1;Tillid;66;10;12\n" +
        "W1;Samarbejde;55,5;10;12\n" +
        "W2;Tillid;65;6;9\n" +
        "W2;Samarbejde;72;6;9\n";

    /// <summary>
    /// 7001 (full time) worked at W1 in March 2025 only: 21 working days, 3 days ill (10–12 March; the child's illness on
    /// the 13th does not count). 7002 (half time) has worked at W1 since February 2026: 20 working days in February and 22
    /// in March, f = 0.5, so 21 possible days, and 2 days of work injury (2–3 February), 1 absence day.
    /// 7003 (full time) has worked at W2 since 2025: 253 working days in 2025 (8 holidays on weekdays), 5 days at 50 % in
    /// June (2–6 June; 5 June is no closed day by default) = 2.5 days; 42 working days in the second window, 1 day ill (9 March).
    /// </summary>
    private const string Employees =
        "7001;Ane Ager;W1;37;2025-03-01;2025-03-31;Smed\n" +
        "7002;Bo Brink;W1;18,5;2026-02-01;;Smed\n" +
        "7003;Cai Cortsen;W2;37;2025-01-01;;Kok\n";

    private const string Absences =
        "7001;2025-03-10;2025-03-12;100;own_illness\n" +
        "7001;2025-03-13;2025-03-13;100;child_illness\n" +
        "7002;2026-02-02;2026-02-03;100;work_injury\n" +
        "7003;2025-06-02;2025-06-06;50;own_illness\n" +
        "7003;2026-03-09;2026-03-09;100;own_illness\n";

    private const double W1Before = 100.0 * 3 / 21, W1After = 100.0 * 1 / 21, W2Before = 100.0 * 2.5 / 253, W2After = 100.0 * 1 / 42;

    [Test]
    public async Task ShouldSetEachWorkplacesScoresBesideTheAbsenceOfTheTwelveMonthsAfter()
    {
        var (hr, first, followUp) = await TwoMeasurements();

        var table = await Table(hr, first);

        Assert.Multiple(() =>
        {
            Assert.That(table.Window, Is.EqualTo(new MonthRange("2025-01", "2025-12", new DateOnly(2025, 12, 31))));
            Assert.That(table.Next, Is.EqualTo(new NextMeasurement(followUp, "Social kapital 2025", new DateOnly(2026, 1, 20),
                new MonthRange("2026-02", "2026-03", new DateOnly(2026, 3, 16)))));
            Assert.That(table.Workplaces.Select(w => w.Code), Is.EqualTo(new[] { "W1", "W2" }));
        });
        var w1 = table.Workplaces[0];
        Assert.Multiple(() =>
        {
            Assert.That(w1.Dimensions, Is.EqualTo(new[]
            {
                new DimensionScores("Samarbejde", 50m, false, 55.5m, false, 5.5m),
                new DimensionScores("Tillid", 56m, false, 66m, false, 10m),
            }));
            Assert.That((w1.Overall, w1.NextOverall, w1.OverallChange), Is.EqualTo(((decimal?)53m, (decimal?)60.75m, (decimal?)7.75m)));
            Assert.That(w1.Absence!.PossibleDays, Is.EqualTo(21).Within(Tolerance));
            Assert.That(w1.Absence.AbsenceDays, Is.EqualTo(3).Within(Tolerance));
            Assert.That(w1.Absence.RatePercent, Is.EqualTo(W1Before).Within(Tolerance));
            Assert.That(w1.AbsenceChange!.Project.PossibleDays, Is.EqualTo(21).Within(Tolerance));
            Assert.That(w1.AbsenceChange.Project.RatePercent, Is.EqualTo(W1After).Within(Tolerance));
            // 4.7619 − 14.2857 = −9.5238 percentage points.
            Assert.That(w1.AbsenceChange.ChangePoints, Is.EqualTo(-9.5238).Within(1e-4));
        });
    }

    [Test]
    public async Task ShouldShowNoSuppressedScore()
    {
        var (hr, first, _) = await TwoMeasurements();

        var w2 = (await Table(hr, first)).Workplaces.Single(w => w.Code == "W2");

        Assert.Multiple(() =>
        {
            Assert.That(w2.Dimensions, Is.EqualTo(new[]
            {
                new DimensionScores("Samarbejde", 70m, false, 72m, false, 2m),
                new DimensionScores("Tillid", null, true, 65m, false, null),
            }));
            Assert.That((w2.Overall, w2.NextOverall, w2.OverallChange), Is.EqualTo(((decimal?)null, (decimal?)68.5m, (decimal?)null)));
            Assert.That(w2.Absence!.RatePercent, Is.EqualTo(W2Before).Within(Tolerance));
            // 2.3810 − 0.9881 = 1.3928 percentage points.
            Assert.That(w2.AbsenceChange!.ChangePoints, Is.EqualTo(1.3928).Within(1e-4));
        });
    }

    [Test]
    public async Task ShouldCompareWithTheNextMeasurementOfTheSameKindWhenThereIsNoFollowUp()
    {
        var hr = await Import(Employees, Absences);
        var first = await Measurement(hr, "Social kapital 2024", "2024-10-21", "2024-11-08", "2024-12-02", null, FirstResults);
        await Measurement(hr, "APV 2025", "2025-03-03", "2025-03-21", "2025-04-01", null, FollowUpResults, kind: "Apv");
        var next = await Measurement(hr, "Social kapital 2025", "2025-10-20", "2025-11-07", "2026-01-20", null, FollowUpResults);
        await Measurement(hr, "Social kapital 2026", "2026-02-02", "2026-02-20", null, null, FollowUpResults);

        var table = await Table(hr, first);

        Assert.That(table.Next?.MeasurementId, Is.EqualTo(next));
    }

    [Test]
    public async Task ShouldHaveNoWindowBeforeItsFirstMonthHasBegunAndRefuseAnUnpublishedMeasurement()
    {
        var hr = await Import(Employees, Absences);
        var recent = await Measurement(hr, "Trivsel marts", "2026-02-02", "2026-02-27", "2026-03-02", null, FirstResults, kind: "Wellbeing");
        var unpublished = await Measurement(hr, "Trivsel april", "2026-03-02", "2026-03-13", null, null, FirstResults, kind: "Wellbeing");
        var publishedLater = await Measurement(hr, "Trivsel maj", "2026-03-02", "2026-03-13", "2026-03-17", null, FirstResults, kind: "Wellbeing");

        var table = await Table(hr, recent);

        Assert.Multiple(() =>
        {
            Assert.That(table.Window, Is.Null, "the window begins in April 2026");
            Assert.That(table.Next, Is.Null, "neither later measurement is published by today");
            Assert.That(table.Workplaces.Select(w => (w.Code, w.Overall, w.Absence)), Is.EqualTo(new[] { ("W1", (decimal?)53m, (RateFigures?)null), ("W2", null, null) }));
        });
        foreach (var id in new[] { unpublished, publishedLater })
        {
            var problem = await (await hr.GetAsync($"/api/measurements/{id}/absence")).Problem(HttpStatusCode.Conflict);
            Assert.That(problem.Codes(), Is.EqualTo(new[] { "statistics.measurementNotPublished" }));
        }

        await (await hr.GetAsync("/api/measurements/99999/absence")).Problem(HttpStatusCode.NotFound);
        await (await hr.GetAsync($"/api/measurements/{recent}/absence?unitId=99999")).Problem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldShowManagersAndCoordinatorsTheirOwnWorkplacesOnlyAndRefuseAdminAndEmployees()
    {
        var (_, first, _) = await TwoMeasurements();
        var stat = await UnitId("STAT");

        foreach (var client in new[] { await World.ManagerA(), await World.Coordinator() })
        {
            var table = await Table(client, first, query: string.Empty);
            Assert.That(table.Workplaces.Select(w => w.UnitId), Is.EqualTo(new[] { World.UnitA }));
            await (await client.GetAsync($"/api/measurements/{first}/absence?unitId={stat}")).Problem(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/measurements/{first}/absence.csv?unitId={World.UnitB}")).Problem(HttpStatusCode.Forbidden);
        }

        var everything = await Table(await World.Hr(), first, query: string.Empty);
        Assert.That(everything.Workplaces.Select(w => w.Code), Is.EqualTo(new[] { "A", "B", "W1", "W2" }));
        foreach (var client in new[] { await World.Admin(), await World.EmployeeASelf() })
        {
            await (await client.GetAsync($"/api/measurements/{first}/absence")).Problem(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/measurements/{first}/absence.csv")).Problem(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task ShouldExportTheTableAsCsvAndAuditViewingAndExporting()
    {
        var (hr, first, _) = await TwoMeasurements();

        var response = await hr.GetAsync($"/api/measurements/{first}/absence.csv?unitId={await UnitId("STAT")}");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        await Table(hr, first);

        Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/csv; charset=utf-8"));
        Assert.That(lines, Is.EqualTo(new[]
        {
            "Enhedskode;Arbejdsplads;Dimension;Score;Næste score;Ændring i score;Mulige dage;Fraværsdage;Fraværsprocent;Næste fraværsprocent;Ændring i fraværsprocent (procentpoint)",
            "W1;Værkstedet;Samlet (gennemsnit af dimensionerne);53;60,75;7,75;21;3;14,285714;4,761905;-9,52381",
            "W1;Værkstedet;Samarbejde;50;55,5;5,5;21;3;14,285714;4,761905;-9,52381",
            "W1;Værkstedet;Tillid;56;66;10;21;3;14,285714;4,761905;-9,52381",
            "W2;Køkkenet;Samlet (gennemsnit af dimensionerne);;68,5;;253;2,5;0,988142;2,380952;1,39281",
            "W2;Køkkenet;Samarbejde;70;72;2;253;2,5;0,988142;2,380952;1,39281",
            "W2;Køkkenet;Tillid;;65;;253;2,5;0,988142;2,380952;1,39281",
        }));
        var audited = await World.InDatabase(db => db.AuditEntries
            .Where(a => a.Action == "ExportWellbeingAgainstAbsence" || a.Action == "GetWellbeingAgainstAbsence")
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.That(audited, Is.EqualTo(new[] { "ExportWellbeingAgainstAbsence", "GetWellbeingAgainstAbsence" }));
    }

    [Test]
    public async Task ShouldExportTheRowsOfTheCsvAsAWorkbookWithNumericCellsAndEmptyOnesWhereAScoreIsHidden()
    {
        var (hr, first, _) = await TwoMeasurements();
        var query = $"?unitId={await UnitId("STAT")}";

        var response = await hr.GetAsync($"/api/measurements/{first}/absence.xlsx{query}");
        var csv = (await (await hr.GetAsync($"/api/measurements/{first}/absence.csv{query}")).Content.ReadAsStringAsync())
            .TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(';')).ToList();
        var table = await Table(hr, first, query);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo($"trivsel-og-fravaer-maaling-{first}.xlsx"));
        var rows = await Workbook.RowsAsync(response);
        Assert.That(rows.Select(row => row.Count), Is.EqualTo(csv.Select(fields => fields.Length)), "as many rows and cells as the CSV");
        Assert.That(rows[0].Select(Workbook.Text), Is.EqualTo(csv[0]));
        Assert.Multiple(() =>
        {
            foreach (var (row, fields) in rows.Skip(1).Zip(csv.Skip(1)))
            {
                Assert.That(row.Take(3).Select(Workbook.Text), Is.EqualTo(fields.Take(3)));
                foreach (var (cell, field) in row.Skip(3).Zip(fields.Skip(3)))
                {
                    Assert.That(cell.DataType?.Value, Is.EqualTo(field.Length == 0 ? (CellValues?)null : CellValues.Number), field);
                    Assert.That(Number(cell), Is.EqualTo(field.Length == 0 ? (double?)null : double.Parse(field, Danish)).Within(5e-7), "the CSV rounds to six decimals");
                }
            }
        });
        var w1Overall = rows[1];
        Assert.That(Number(w1Overall[8]), Is.EqualTo(table.Workplaces[0].Absence!.RatePercent), "the workbook keeps every decimal");
        Assert.That(Workbook.Text(rows[4][3]), Is.Empty, "W2's overall score is hidden: W2's Tillid had 3 respondents");
    }

    private async Task<(HttpClient Hr, int First, int FollowUp)> TwoMeasurements()
    {
        var hr = await Import(Employees, Absences);
        var first = await Measurement(hr, "Social kapital 2024", "2024-10-21", "2024-11-08", "2024-12-02", null, FirstResults + "A;Tillid;75;5;6\n");
        var followUp = await Measurement(hr, "Social kapital 2025", "2025-10-20", "2025-11-07", "2026-01-20", first, FollowUpResults);
        return (hr, first, followUp);
    }

    private static async Task<int> Measurement(
        HttpClient hr, string name, string from, string to, string? publishedOn, int? followUpOf, string results, string kind = "SocialCapital")
    {
        var created = await (await hr.PostJson("/api/measurements", new
        {
            name, kind, fieldedFrom = from, fieldedTo = to, publishedOn, followUpOfId = followUpOf,
        })).Read<MeasurementDto>();
        await (await hr.PostCsv($"/api/measurements/{created.Id}/results", results)).Read<Application.Imports.ImportResult>();
        return created.Id;
    }

    private static double? Number(Cell cell) =>
        cell.CellValue is { } value ? double.Parse(value.Text, CultureInfo.InvariantCulture) : null;

    private async Task<WellbeingAgainstAbsence> Table(HttpClient client, int measurement, string? query = null) =>
        await (await client.GetAsync($"/api/measurements/{measurement}/absence{query ?? $"?unitId={await UnitId("STAT")}"}")).Read<WellbeingAgainstAbsence>();
}

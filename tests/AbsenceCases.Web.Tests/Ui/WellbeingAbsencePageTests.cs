using AbsenceCases.Application.Measurements;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>
/// /malinger/{id}/fravaer: the chart of each workplace's overall score against its sickness absence, with the same
/// numbers in a table beside it. Today is 16 March 2026; the measurement is published 1 December 2025, so its window is
/// 2026-01..2026-03. B's Dorte Eriksen (full time) has 21 + 20 + 22 = 63 possible days and 5 days ill (2–6 February):
/// 100 × 5 / 63 = 7.9 %. A has no absence. A's Tillid is (70 × 10 + 40 × 4) / 14 = 61.43, its overall (61.43 + 80) / 2
/// = 70.715 → 70.72; B's Tillid has 3 respondents, so B has no overall score.
/// </summary>
public sealed class WellbeingAbsencePageTests : UiTest
{
    private const string Results = "unit_code;dimension;score;respondents;invited\n" +
        "A;Tillid;70;10;12\nA1;Tillid;40;4;10\nA;Samarbejde;80;10;12\nB;Tillid;80;3;15\nB;Samarbejde;60;12;15\n";

    [Test]
    public async Task ShouldDrawTheChartWithItsTableAndHideTheSuppressedScore()
    {
        var id = await CreateMeasurement("2025-12-01");
        var session = await SignIn(HrEmail);

        var results = await session.Get($"/malinger/{id}");
        var page = await session.Get(results.Document.GetElementById("wellbeing-absence-link")!.GetAttribute("href")!);

        var svg = page.Document.QuerySelector("svg#wellbeing-absence")!;
        Assert.Multiple(() =>
        {
            Assert.That(page.Url, Does.EndWith($"/malinger/{id}/fravaer"));
            Assert.That(svg.GetAttribute("role"), Is.EqualTo("img"));
            Assert.That(svg.QuerySelector("title")!.TextContent, Is.EqualTo("Samlet score mod sygefravær"));
            Assert.That(svg.QuerySelectorAll("circle.point").Select(c => c.QuerySelector("title")!.TextContent),
                Is.EqualTo(new[] { "Børnehuset A, Trivsel 2025: Samlet score 70,7, Sygefravær (%) 0,0 %" }));
            Assert.That(Rows(page, "#wellbeing-absence-table"), Is.EqualTo(new[] { "Børnehuset A | 70,7 | 0,0", "Børnehuset B | – | 7,9" }));
            Assert.That(Rows(page, "#dimensions-table"), Is.EqualTo(new[] { "Børnehuset A | 80,0 | 61,4", "Børnehuset B | 60,0 | skjult (for få svar)" }));
            Assert.That(page.Links("main a[download]"), Is.EqualTo(new[] { "CSV-fil", "Excel-fil (XLSX)" }));
            Assert.That(page.Document.QuerySelectorAll("main a[download]").Select(a => a.GetAttribute("href")), Is.EqualTo(new[]
            {
                $"/api/measurements/{id}/absence.csv", $"/api/measurements/{id}/absence.xlsx",
            }));
        });
    }

    [Test]
    public async Task ShouldShowAManagerTheirWorkplaceOnlyAndLinkFromTheStatistics()
    {
        var id = await CreateMeasurement("2025-12-01");
        var session = await SignIn(ManagerAEmail);

        var statistics = await session.Get("/statistik");
        var page = await session.Get(statistics.Document.QuerySelector("#wellbeing-links a")!.GetAttribute("href")!);

        Assert.That(page.Url, Does.EndWith($"/malinger/{id}/fravaer"));
        Assert.That(Rows(page, "#wellbeing-absence-table"), Is.EqualTo(new[] { "Børnehuset A | 70,7 | 0,0" }));
    }

    [Test]
    public async Task ShouldSayAnUnpublishedMeasurementHasNoAbsenceYet()
    {
        var id = await CreateMeasurement(null);
        var session = await SignIn(HrEmail);

        var page = await session.Get($"/malinger/{id}/fravaer");
        var results = await session.Get($"/malinger/{id}");

        Assert.That(page.Text, Does.Contain("Målingen er ikke offentliggjort endnu"));
        Assert.That(page.Document.QuerySelector("svg"), Is.Null);
        Assert.That(results.Document.GetElementById("wellbeing-absence-link"), Is.Null);
    }

    private static List<string> Rows(UiPage page, string table) =>
        page.Document.QuerySelectorAll($"{table} tbody tr")
            .Select(row => string.Join(" | ", row.Children.Select(cell => System.Text.RegularExpressions.Regex.Replace(cell.TextContent, @"\s+", " ").Trim())))
            .ToList();

    private async Task<int> CreateMeasurement(string? publishedOn)
    {
        var hr = await World.Hr();
        await (await hr.PostCsv("/api/imports/absences", "employee_number;first_day;last_day;percent;absence_type\n2001;2026-02-02;2026-02-06;100;own_illness\n"))
            .Read<Application.Imports.ImportResult>();
        var created = await (await hr.PostJson("/api/measurements", new
            {
                name = "Trivsel 2025", kind = "Wellbeing", fieldedFrom = "2025-10-01", fieldedTo = "2025-10-31", publishedOn,
            }))
            .Read<MeasurementDto>();
        await (await hr.PostCsv($"/api/measurements/{created.Id}/results", Results)).Read<Application.Imports.ImportResult>();
        return created.Id;
    }
}

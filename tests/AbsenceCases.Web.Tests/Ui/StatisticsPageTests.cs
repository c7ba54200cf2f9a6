using AbsenceCases.Application.Imports;
using AngleSharp.Dom;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/statistik: the server-drawn SVG charts with their numbers, the unit choice within the scope, and the exports.</summary>
public sealed class StatisticsPageTests : UiTest
{
    /// <summary>
    /// A workplace of its own, Lageret, whose one full-time employee started on 1 December 2025 and was ill
    /// Monday 5 to Friday 9 January 2026: 5 working days.
    /// </summary>
    private async Task<int> Warehouse()
    {
        var hr = await World.Hr();
        await (await hr.PostCsv("/api/imports/units", "unit_code;name;kind;parent_code;is_pilot\nW3;Lageret;workplace;DAG;false\n")).Read<ImportResult>();
        await (await hr.PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n7001;Ebbe Eg;W3;37;2025-12-01;;Lagerarbejder\n")).Read<ImportResult>();
        await (await hr.PostCsv("/api/imports/absences",
            "employee_number;first_day;last_day;percent;absence_type\n7001;2026-01-05;2026-01-09;100;own_illness\n")).Read<ImportResult>();
        return await World.InDatabase(db => Task.FromResult(db.Units.Single(u => u.Code == "W3").Id));
    }

    [Test]
    public async Task ShouldDrawABarForEachMonthWithDataAndShowTheNumbersInATable()
    {
        var warehouse = await Warehouse();
        var session = await SignIn(HrEmail);

        var page = await session.Get($"/statistik?UnitId={warehouse}");

        var chart = page.Document.GetElementById("chart-monthly")!;
        Assert.That(chart.GetAttribute("role"), Is.EqualTo("img"));
        Assert.That(chart.GetAttribute("aria-label"), Does.Contain("Lageret").And.Contain("samme måned året før"));
        Assert.That(chart.QuerySelector("title")!.TextContent, Is.EqualTo("Sygefravær pr. måned"));
        // Employed from December: December, January, February and March (up to 16 March) have possible days; a year
        // earlier none, so 4 bars. Working days: December 21 (25 and 26 December), January 21 (1 January), so
        // January's rate is 100 × 5 / 21 = 23.8 %; the other months have no absence.
        var bars = chart.QuerySelectorAll("rect.bar");
        Assert.That(bars, Has.Length.EqualTo(4));
        Assert.That(bars.Select(b => b.QuerySelector("title")!.TextContent), Is.EqualTo(new[]
        {
            "dec. 25, Seneste 12 måneder: 0,0 %", "jan. 26, Seneste 12 måneder: 23,8 %", "feb. 26, Seneste 12 måneder: 0,0 %", "mar. 26, Seneste 12 måneder: 0,0 %",
        }));
        Assert.That(bars.Select(b => double.Parse(b.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture) > 0),
            Is.EqualTo(new[] { false, true, false, false }), "only January's bar has a height");
        Assert.That(Table(page, "chart-monthly-table"), Is.EqualTo(new[]
        {
            "april 2025 | – | –", "maj 2025 | – | –", "juni 2025 | – | –", "juli 2025 | – | –", "august 2025 | – | –", "september 2025 | – | –",
            "oktober 2025 | – | –", "november 2025 | – | –", "december 2025 | 0,0 | –", "januar 2026 | 23,8 | –", "februar 2026 | 0,0 | –", "marts 2026 | 0,0 | –",
        }));
    }

    [Test]
    public async Task ShouldShowTheWorkplaceTheLengthsAndThePilotComparisonOfTheUnit()
    {
        var warehouse = await Warehouse();
        var session = await SignIn(HrEmail);

        var page = await session.Get($"/statistik?UnitId={warehouse}");

        // Possible days December to March: 21 + 21 + 20 + 22 = 84; 5 days of absence: 100 × 5 / 84 = 5.95 %.
        Assert.That(Table(page, "chart-workplaces-table"), Is.EqualTo(new[] { "Lageret | 6,0" }));
        Assert.That(page.Document.QuerySelectorAll("#chart-workplaces rect.bar"), Has.Length.EqualTo(1));
        // One period of 5 calendar days: all its days are short absence; the medium and long bands have none.
        Assert.That(Table(page, "chart-lengths-table"), Is.EqualTo(new[] { "Kort (1–14 dage) | 6,0", "Mellem (15–29 dage) | 0,0", "Lang (30 dage og mere) | 0,0" }));
        // Lageret is not a pilot workplace: its months are the other workplaces' months.
        Assert.That(Table(page, "chart-pilots-table").Skip(8), Is.EqualTo(new[]
        {
            "december 2025 | – | 0,0", "januar 2026 | – | 23,8", "februar 2026 | – | 0,0", "marts 2026 | – | 0,0",
        }));
        Assert.That(page.Document.QuerySelectorAll("#chart-pilots rect.bar.series-1"), Has.Length.EqualTo(4));
        Assert.That(page.Document.QuerySelectorAll("#chart-pilots rect.bar.series-0"), Is.Empty);
    }

    [Test]
    public async Task ShouldShowTheChartsInEnglishWithTheEnglishNumberFormat()
    {
        var warehouse = await Warehouse();
        var session = await SignIn(HrEmail);
        await session.Submit(await session.Get("/statistik"), "form[action='/sprog']");

        var page = await session.Get($"/statistik?UnitId={warehouse}");

        Assert.That(page.Language, Is.EqualTo("en"));
        Assert.That(page.Document.QuerySelector("#chart-monthly title")!.TextContent, Is.EqualTo("Sickness absence by month"));
        Assert.That(Table(page, "chart-monthly-table")[9], Is.EqualTo("January 2026 | 23.8 | –"));
        Assert.That(Table(page, "chart-lengths-table")[0], Is.EqualTo("Short (1–14 days) | 6.0"));
    }

    [Test]
    public async Task ShouldShowTheWholeOrganisationToHrWithABarForEveryNumber()
    {
        await Warehouse();
        var session = await SignIn(HrEmail);

        var page = await session.Get("/statistik");

        Assert.That(page.Document.QuerySelector("#UnitId option[selected]")?.TextContent ?? page.Document.QuerySelector("#UnitId option")!.TextContent,
            Is.EqualTo("Hele organisationen"));
        foreach (var id in new[] { "chart-monthly", "chart-workplaces", "chart-pilots", "chart-lengths" })
        {
            var svg = page.Document.GetElementById(id)!;
            Assert.That((svg.GetAttribute("role"), svg.QuerySelector("title") is not null), Is.EqualTo(("img", true)), id);
            var numbers = page.Document.QuerySelectorAll($"#{id}-table tbody td").Count(td => td.TextContent != "–");
            Assert.That(svg.QuerySelectorAll("rect.bar"), Has.Length.EqualTo(numbers).And.Length.GreaterThan(0), $"{id}: a bar for every number in the table");
        }

        Assert.That(page.Document.QuerySelectorAll("#chart-workplaces-table tbody th").Select(th => th.TextContent),
            Is.EqualTo(new[] { "Børnehuset A (pilot)", "Børnehuset B", "Lageret" }), "the workplaces only");
        Assert.That(page.Links(".statistics-links a"), Does.Contain("Succeskriterier"));
    }

    [Test]
    public async Task ShouldShowAManagerTheirOwnUnitsOnly()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/statistik");
        var outside = await session.Get($"/statistik?UnitId={World.UnitB}");

        Assert.That(page.Links("nav.main-nav a"), Does.Contain("Statistik"));
        Assert.That(page.Links("#UnitId option"), Is.EqualTo(new[] { "Børnehuset A (Arbejdsplads)", "Stue 1 (Team)" }));
        Assert.That(page.Document.GetElementById("chart-monthly")!.GetAttribute("aria-label"), Does.Contain("Børnehuset A"));
        Assert.That(page.Links(".statistics-links a"), Does.Not.Contain("Succeskriterier"), "the success criteria compare the whole organisation");
        Assert.That(outside.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(outside.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
    }

    [Test]
    public async Task ShouldDownloadTheExportsWithTheSignInCookie()
    {
        var warehouse = await Warehouse();
        var session = await SignIn(HrEmail);
        var page = await session.Get($"/statistik?UnitId={warehouse}");
        var links = page.Document.QuerySelectorAll("#export-links a").Select(a => a.GetAttribute("href")!).ToList();

        var csv = await session.Client.GetAsync(links[0]);
        var xlsx = await session.Client.GetAsync(links[1]);

        Assert.That(links[0], Is.EqualTo($"/api/statistics/absence-rate.csv?from=2025-04&to=2026-03&groupBy=month,unit&unitId={warehouse}"));
        Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(csv.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.Contain("Lageret"));
        Assert.That(xlsx.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(xlsx.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static IReadOnlyList<string> Table(UiPage page, string id) =>
        page.Document.QuerySelectorAll($"#{id} tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim())))
            .ToList();
}

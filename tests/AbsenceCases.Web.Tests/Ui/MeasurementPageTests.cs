using System.Text;
using AbsenceCases.Application.Measurements;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/malinger: HR defines a measurement and uploads its results; managers, coordinators and HR read them per unit.</summary>
public sealed class MeasurementPageTests : UiTest
{
    private const string Header = "unit_code;dimension;score;respondents;invited\n";

    /// <summary>Workplace A's own 10 respondents and team A1's 4; workplace B's 12.</summary>
    private const string WithASmallTeam = Header + "A;Tillid;70;10;12\nA1;Tillid;40;4;10\nB;Tillid;80;12;15\n";

    [Test]
    public async Task ShouldCreateAMeasurementAndUploadItsResults()
    {
        var session = await SignIn(HrEmail);
        var list = await session.Get("/malinger");
        Assert.That(list.Text, Does.Contain("Der er ingen målinger."));
        var form = await session.Get(list.Document.QuerySelector("main a.button")!.GetAttribute("href")!);
        Assert.That(form.Document.GetElementById("Input_Name")!.GetAttribute("maxlength"), Is.EqualTo("200"));

        var created = await session.Submit(form, "#measurement-form", new()
        {
            ["Input.Name"] = "Social kapital 2025", ["Input.Kind"] = "SocialCapital", ["Input.FieldedFrom"] = "2025-10-20",
            ["Input.FieldedTo"] = "2025-11-07", ["Input.PublishedOn"] = "2025-12-01",
        });
        Assert.That(created.Flash, Is.EqualTo("Målingen er oprettet."));
        var row = created.Document.QuerySelectorAll("#measurements tbody tr th, #measurements tbody tr td").Take(6).Select(c => c.TextContent).ToList();
        Assert.That(row, Is.EqualTo(new[] { "Social kapital 2025", "Social kapital", "20.10.2025–07.11.2025", "01.12.2025", string.Empty, "0" }));

        var upload = await session.Get(created.Document.QuerySelector("#measurements a[href$='/indlaes']")!.GetAttribute("href")!);
        var imported = await session.Submit(upload, "#results-form", file: new UploadFile("Upload", "resultater.csv", Encoding.UTF8.GetBytes(WithASmallTeam)));

        Assert.That(imported.Document.GetElementById("import-result")!.TextContent, Is.EqualTo("Filen er indlæst: 3 nye, 0 ændrede og 0 uændrede rækker."));
        Assert.That(await World.InDatabase(db => db.MeasurementResults.CountAsync()), Is.EqualTo(3));
    }

    [Test]
    public async Task ShouldShowEveryBadLineOfAResultsFileInDanishAndImportNothing()
    {
        var id = await CreateMeasurement();
        var session = await SignIn(HrEmail);
        var upload = await session.Get($"/malinger/{id}/indlaes");
        const string csv = Header + "A;Tillid;101;10;12\nA1;Tillid;40;11;10\n";

        var page = await session.Submit(upload, "#results-form", file: new UploadFile("Upload", "resultater.csv", Encoding.UTF8.GetBytes(csv)));

        var rows = page.Document.QuerySelectorAll("#import-errors tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("td").Select(td => td.TextContent))).ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            "2 | score | '101' er ikke en score fra 0 til 100 med højst to decimaler.",
            "3 | respondents | 11 besvarelser er flere end de 10 inviterede.",
        }));
        Assert.That(await World.InDatabase(db => db.MeasurementResults.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldAskForTheFile()
    {
        var id = await CreateMeasurement();
        var session = await SignIn(HrEmail);

        var page = await session.Submit(await session.Get($"/malinger/{id}/indlaes"), "#results-form");

        Assert.That(page.FieldError("Upload"), Does.EndWith("Vælg en fil."));
    }

    [Test]
    public async Task ShouldAnswerABadMeasurementInDanish()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/malinger/ny");

        var empty = await session.Submit(form, "#measurement-form");
        var backwards = await session.Submit(form, "#measurement-form", new()
        {
            ["Input.Name"] = "Baglæns", ["Input.Kind"] = "Osa", ["Input.FieldedFrom"] = "2025-10-20", ["Input.FieldedTo"] = "2025-10-19",
        });

        Assert.That(empty.FieldError("Input_Name"), Does.EndWith("Skal udfyldes."));
        Assert.That(empty.FieldError("Input_Kind"), Does.EndWith("Skal udfyldes."));
        Assert.That(empty.FieldError("Input_FieldedFrom"), Does.EndWith("Skal udfyldes."));
        Assert.That(backwards.FieldError("Input_FieldedTo"), Does.EndWith("Skal ligge på eller efter måleperiodens start."));
        Assert.That(await World.InDatabase(db => db.Measurements.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldShowAManagerTheWorkplaceAndHideTheSmallTeamsScore()
    {
        var id = await CreateMeasurement(WithASmallTeam);
        var session = await SignIn(ManagerAEmail);

        var list = await session.Get("/malinger");
        var page = await session.Get(list.Document.QuerySelector($"#measurement-{id} a")!.GetAttribute("href")!);

        Assert.That(list.Links("nav.main-nav a"), Does.Contain("Målinger"));
        Assert.That(list.Document.QuerySelector("main a.button"), Is.Null, "only HR creates measurements");
        Assert.That(list.Document.QuerySelector("#measurements a[href$='/indlaes']"), Is.Null);
        Assert.That(Sections(page), Is.EqualTo(new[]
        {
            "Børnehuset A med enhederne under: Tillid | 61,4 | 14 / 22",
            "Stue 1: Tillid | skjult (for få svar) | 4 / 10",
        }));
        Assert.That(page.Text, Does.Not.Contain("Børnehuset B"));
    }

    [Test]
    public async Task ShouldShowHrTheChosenUnitInEnglish()
    {
        var id = await CreateMeasurement(WithASmallTeam);
        var session = await SignIn(HrEmail);
        await session.Submit(await session.Get("/malinger"), "form[action='/sprog']");

        var page = await session.Get($"/malinger/{id}?UnitId={World.UnitA}");

        Assert.That(page.Language, Is.EqualTo("en"));
        Assert.That(Sections(page), Is.EqualTo(new[]
        {
            "Børnehuset A with the units below: Tillid | 61.4 | 14 / 22",
            "Stue 1: Tillid | hidden (too few answers) | 4 / 10",
        }));
    }

    [Test]
    public async Task ShouldKeepTheAdminOutAndAnswer404ForAnUnknownMeasurement()
    {
        var admin = await UiSession.SignedIn(Factory, "admin@test.local");
        var hr = await SignIn(HrEmail);

        var refused = await admin.Get("/malinger");
        var unknown = await hr.Get("/malinger/99999");

        Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(refused.Links("nav.main-nav a"), Does.Not.Contain("Målinger"));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldLetHrPublishTheResultsAfterWhichTheManagerSeesThemAndTheyCannotChange()
    {
        var id = await CreateMeasurement();
        var hr = await SignIn(HrEmail);
        var upload = await hr.Get($"/malinger/{id}/indlaes");
        await hr.Submit(upload, "#results-form", file: new UploadFile("Upload", "resultater.csv", Encoding.UTF8.GetBytes(WithASmallTeam)));
        var manager = await SignIn(ManagerAEmail);
        var before = await manager.Get($"/malinger/{id}");

        var missingDay = await hr.Submit(await hr.Get($"/malinger/{id}/indlaes"), "#publish-form");
        var published = await hr.Submit(await hr.Get($"/malinger/{id}/indlaes"), "#publish-form", new() { ["PublishedOn"] = "2026-03-16" });
        var after = await manager.Get($"/malinger/{id}");
        var changed = await hr.Submit(await hr.Get($"/malinger/{id}/indlaes"), "#results-form",
            file: new UploadFile("Upload", "resultater.csv", Encoding.UTF8.GetBytes(WithASmallTeam.Replace("A1;Tillid;40;4;10", "A1;Tillid;40;5;10", StringComparison.Ordinal))));

        Assert.That(before.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missingDay.FieldError("PublishedOn"), Does.EndWith("Skal udfyldes."));
        Assert.That(published.Flash, Is.EqualTo("Målingen er offentliggjort."));
        Assert.That(after.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(changed.Document.QuerySelector("#publish-form"), Is.Null);
        Assert.That(changed.Document.GetElementById("published")!.TextContent, Does.Contain("16.03.2026"));
        Assert.That(changed.Text, Does.Contain("Resultaterne blev offentliggjort 16.03.2026 og kan ikke ændres længere"));
        Assert.That(await World.InDatabase(db => db.MeasurementResults.SumAsync(r => r.Respondents)), Is.EqualTo(26));
    }

    /// <summary>Each unit's section as "heading: dimension | score | respondents / invited", one per row.</summary>
    private static List<string> Sections(UiPage page) =>
        page.Document.QuerySelectorAll("section.results")
            .SelectMany(section => section.QuerySelectorAll("tbody tr").Select(row =>
                $"{section.QuerySelector("h2")!.TextContent}: {string.Join(" | ", row.Children.Select(cell => cell.TextContent.Trim()))}"))
            .ToList();

    /// <summary>A measurement created through the API, with these results imported and published if any; its id.</summary>
    private async Task<int> CreateMeasurement(string? results = null)
    {
        var hr = await World.Hr();
        var created = await (await hr.PostJson("/api/measurements", new { name = "Trivsel 2025", kind = "Wellbeing", fieldedFrom = "2025-10-01", fieldedTo = "2025-10-31" }))
            .Read<MeasurementDto>();
        if (results is not null)
        {
            await (await hr.PostCsv($"/api/measurements/{created.Id}/results", results)).Read<Application.Imports.ImportResult>();
            await (await hr.PostJson($"/api/measurements/{created.Id}/publish", new { publishedOn = "2025-11-14" })).Read<MeasurementDto>();
        }

        return created.Id;
    }
}

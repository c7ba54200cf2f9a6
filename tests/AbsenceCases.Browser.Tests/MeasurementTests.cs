using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>
/// HR defines a wellbeing measurement and uploads its results; the manager of Børnehuset Kornblomsten reads them and
/// records the team's discussion of them on the workplace's follow-up.
/// </summary>
public sealed class MeasurementTests : BrowserTest
{
    private const string Results =
        "unit_code;dimension;score;respondents;invited\n" +
        "D01-VUG;Tillid;62,5;4;6\n" +
        "D01-BH;Tillid;71;9;11\n" +
        "D01;Tillid;80;6;7\n" +
        "S01;Tillid;58;30;41\n";

    [Test]
    public async Task ShouldLetHrImportAMeasurementAndTheManagerReadItsWorkplaceWithoutTheSmallTeamsScore()
    {
        var name = $"Social kapital {Guid.NewGuid():N}"[..24];
        await LogIn(DemoAccounts.Hr.Email);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Målinger" }).ClickAsync();
        await AuditThisPage();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Opret måling" }).ClickAsync();
        await AuditThisPage();
        await Page.GetByLabel("Navn", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Social kapital" });
        await Page.GetByLabel("Måleperiodens start").FillAsync(Iso(Today.AddDays(-60)));
        await Page.GetByLabel("Måleperiodens slutning").FillAsync(Iso(Today.AddDays(-40)));
        await Page.GetByLabel("Offentliggjort").FillAsync(Iso(Today.AddDays(-30)));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Målingen er oprettet.");

        await Screenshot("maalinger");
        await Page.Locator("#measurements tr", new() { HasText = name }).GetByRole(AriaRole.Link, new() { Name = "Indlæs resultater" }).ClickAsync();
        await Page.GetByLabel("CSV-fil").SetInputFilesAsync(new FilePayload
        {
            Name = "resultater.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(Results),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Importér" }).ClickAsync();
        await Expect(Page.Locator("#import-result")).ToHaveTextAsync("Filen er indlæst: 4 nye, 0 ændrede og 0 uændrede rækker.");
        await AuditThisPage();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();

        await LogIn(DemoAccounts.Manager.Email);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Målinger" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

        // The workplace: (4 × 62.5 + 9 × 71 + 6 × 80) / 19 = 1369 / 19 = 72.05; without the nursery's 4 it holds 15 respondents.
        var workplace = Page.Locator("section.results").First;
        await Expect(workplace.Locator("h2")).ToHaveTextAsync("Børnehuset Kornblomsten med enhederne under");
        await Expect(workplace.Locator("tbody tr")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Tillid\\s*72,1\\s*19 / 24"));
        await Expect(Page.Locator("section.results", new() { HasText = "Vuggestue" }).Locator("tbody tr")).ToContainTextAsync("skjult (for få svar)");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Engholmskolen");
        await Screenshot("maaling-resultater");
        await AuditThisPage();

        await Page.Locator("#wellbeing-absence-link").ClickAsync();
        await Expect(Page.Locator("svg.chart.scatter .points .point")).Not.ToHaveCountAsync(0);
        await Expect(Page.Locator("#wellbeing-absence-table tbody tr")).ToContainTextAsync(["Børnehuset Kornblomsten"]);
        await AuditThisPage();
        await Page.GoBackAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Arbejdspladsens opfølgning: Børnehuset Kornblomsten" }).ClickAsync();
        await AuditThisPage();
        await Page.GetByLabel("Drøftelse i teamet").FillAsync(Iso(Today));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem" }).ClickAsync();
        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Opfølgningen er gemt.");
        await Expect(Page.Locator("#follow-up-deadlines tbody tr").First).ToContainTextAsync("Opfyldt");
        await AuditThisPage();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Tilbage til resultaterne" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Opfølgning", Exact = true }).ClickAsync();
        await Expect(Page.Locator("#follow-ups")).ToContainTextAsync("Børnehuset Kornblomsten");
        await AuditThisPage();
    }
}

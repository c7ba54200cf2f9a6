using AbsenceCases.Infrastructure.Demo;
using UglyToad.PdfPig;

namespace AbsenceCases.Browser.Tests;

/// <summary>The case's documents printed to PDF by Chromium with the print stylesheet: the sheet alone, with its key texts.</summary>
public sealed class PrintTests : BrowserTest
{
    [Test]
    public async Task ShouldPrintTheConversationSummaryTheRetentionPlanAndThePreventionPlan()
    {
        var caseId = await DemoData.CaseWithAPreventionPlan();
        await LogIn(DemoAccounts.Hr.Email);
        await Page.GotoAsync($"/cases/{caseId}/retention-plan");
        await Page.GetByLabel("Planens indhold").FillAsync("Lettere opgaver og kortere vagter de første fire uger.");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Lav fastholdelsesplan (§ 7b)" }).ClickAsync();
        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Fastholdelsesplanen er registreret.");
        var employee = await Page.Locator("h1").TextContentAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Udskriv samtalereferat (§ 7a)" }).ClickAsync();
        var conversation = await PrintedText();
        await Page.GotoAsync($"/cases/{caseId}/print/retention-plan");
        var retentionPlan = await PrintedText();
        await Page.GotoAsync($"/cases/{caseId}/print/prevention-plan");
        var preventionPlan = await PrintedText();

        Assert.That(conversation, Does.Contain("Sygefraværssamtale (sygedagpengeloven § 7a)").And.Contain(employee)
            .And.Contain("Underskrift, medarbejder").And.Contain("Underskrift, leder"));
        Assert.That(retentionPlan, Does.Contain("Fastholdelsesplan (sygedagpengeloven § 7b)")
            .And.Contain("3. Aftaler om at fastholde medarbejderen").And.Contain("Lettere opgaver og kortere vagter")
            .And.Contain("Underskrift, arbejdsgiver"));
        Assert.That(preventionPlan, Does.Contain("Forebyggelsesplan").And.Contain("Arbejdspladsvurdering").And.Contain("Arbejdsmiljørepræsentant"));
        Assert.That(new[] { conversation, retentionPlan, preventionPlan }, Has.None.Contain("Log ud").And.None.Contain("Ctrl+P"),
            "the print stylesheet leaves out the header, the menu and the hint");
    }

    /// <summary>The page printed to an A4 PDF, and the words of that PDF as one line, with the font's ligatures undone.</summary>
    private async Task<string> PrintedText()
    {
        await Screenshot(new Uri(Page.Url).Segments[^1]);
        var pdf = await Page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(page => page.GetWords()).Select(word => word.Text))
            .Replace("\uFB01", "fi", StringComparison.Ordinal).Replace("\uFB02", "fl", StringComparison.Ordinal);
    }
}

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The read-only policy page, and the UI's status pages.</summary>
public sealed class PolicyAndErrorPageTests : UiTest
{
    [Test]
    public async Task ShouldShowThePolicySettingsReadOnly()
    {
        var session = await SignIn(HrEmail);

        var page = await session.Get("/politik");

        var rows = page.Document.QuerySelectorAll("#policy tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.That(rows[0][0], Is.EqualTo("Omsorgskontakt"));
        Assert.That(rows[0][1], Is.EqualTo("Senest dag 5 (første sygedag + 4 dage)"));
        Assert.That(rows[1][2], Does.Contain("Sygedagpengeloven § 7a"));
        Assert.That(rows[1][3], Is.EqualTo("Policy:FirstConversationDays = 28"));
        Assert.That(page.Document.QuerySelectorAll("main form"), Is.Empty, "nothing to change");
    }

    [Test]
    public async Task ShouldShowADanishPageForAnUnknownAddress()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/findes-ikke");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Siden findes ikke"));
        Assert.That(page.HeaderText, Does.Contain("Leder A"), "with the usual header");
        Assert.That(page.Document.QuerySelector("form[action='/sprog'] input[name='returnUrl']")!.GetAttribute("value"), Is.EqualTo("/findes-ikke"));
    }

    [Test]
    public async Task ShouldKeepTheApisProblemDetailsForAnUnknownApiCase()
    {
        var bearer = await World.ManagerA();

        var response = await bearer.GetAsync($"/api/cases/{Guid.NewGuid()}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task ShouldServeTheStylesheetFromTheApplicationWithoutSigningIn()
    {
        var page = await Anonymous().Get("/login");
        var stylesheet = page.Document.QuerySelector("link[rel='stylesheet']")!.GetAttribute("href")!;

        var css = await Anonymous().Client.GetAsync(stylesheet);

        Assert.That(stylesheet, Does.StartWith("/css/site.css"));
        Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Html, Does.Not.Contain("http://").And.Not.Contain("https://"), "no external resources");
    }
}

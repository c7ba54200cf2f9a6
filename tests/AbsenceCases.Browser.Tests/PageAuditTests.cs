using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>
/// Every page each role reaches, checked in the real browser by axe-core against WCAG 2.1 A and AA
/// (webtilgængelighedsloven), and for anything the Content-Security-Policy refused.
/// </summary>
public sealed class PageAuditTests : BrowserTest
{
    private readonly List<string> _refused = [];

    [SetUp]
    public void ListenForRefusals() =>
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _refused.Add($"{Page.Url}: {message.Text}");
            }
        };

    [Test]
    public async Task ShouldPassAxeOnTheLoginPage()
    {
        await Audit("/login");

        Assert.That(_refused, Is.Empty);
    }

    [Test]
    public async Task ShouldPassAxeOnEveryPageOfTheManager()
    {
        await LogIn(DemoAccounts.Manager.Email);
        foreach (var path in new[] { "/", "/sygemelding", "/indbakke", "/politik", "/statistik", "/malinger", "/gode-eksempler" })
        {
            await Audit(path);
        }

        await Page.GotoAsync("/");
        await AuditEveryLink("table.cases tbody a", limit: 1);
        var casePath = new Uri(Page.Url).AbsolutePath;
        await AuditEveryLink(".actions a", limit: 20);
        await Audit(casePath);
        await AuditEveryLink("a[href^='/medarbejdere/']", limit: 1);
        await AuditTheDemoMeasurement();
        await AuditEveryLink("main a[href*='/opfolgning/']", limit: 1);

        Assert.That(_refused, Is.Empty);
    }

    [Test]
    public async Task ShouldPassAxeOnEveryPageOfTheCoordinator()
    {
        await LogIn(DemoAccounts.Coordinator.Email);
        foreach (var path in new[] { "/", "/koordinering", "/indbakke", "/statistik", "/malinger" })
        {
            await Audit(path);
        }

        await Page.GotoAsync("/koordinering");
        await AuditEveryLink("main a[href^='/koordinering/']", limit: 1);
        await AuditEveryLink("main a[href$='/gennemgang']", limit: 1);

        Assert.That(_refused, Is.Empty);
    }

    [Test]
    public async Task ShouldPassAxeOnEveryPageOfHr()
    {
        await LogIn(DemoAccounts.Hr.Email);
        foreach (var path in new[]
                 {
                     "/", "/statistik", "/statistik/indikatorer", "/statistik/succeskriterier", "/import", "/forebyggelse",
                     "/forebyggelse/indsats", "/malinger", "/malinger/ny", "/koordinering", "/koordinering/gruppe", "/kontaktpersoner", "/revisionslog",
                 })
        {
            await Audit(path);
        }

        await Page.GotoAsync($"/cases/{await DemoData.CaseWithAPreventionPlan()}");
        await AuditEveryLink("section[aria-labelledby='print'] a", limit: 3);
        await AuditTheDemoMeasurement();

        Assert.That(_refused, Is.Empty);
    }

    [Test]
    public async Task ShouldPassAxeOnHrsGoodExampleFormWithItsErrorsOnTheBankAndOnTheRemoval()
    {
        await LogIn(DemoAccounts.Hr.Email);
        await Page.GotoAsync("/forebyggelse");
        await AuditEveryLink("#initiatives a.mark-example", limit: 1);
        var mark = Page.GetByRole(AriaRole.Button, new() { Name = "Markér som godt eksempel" });
        await mark.ClickAsync();
        await Expect(Page.Locator("#error-summary")).ToBeVisibleAsync();
        await AuditThisPage();

        await Page.GetByLabel("Overskrift").FillAsync("Sparring på tværs af stuerne");
        await Page.GetByLabel("Hvad blev gjort").FillAsync("Supervision og kollegial sparring hver 14. dag.");
        await Page.GetByLabel("Hvad kom der ud af det").FillAsync("Færre korte fraværsperioder.");
        await mark.ClickAsync();
        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Eksemplet er føjet til de gode eksempler.");
        await AuditThisPage();
        await Page.Locator("section.good-example", new() { HasText = "Sparring på tværs af stuerne" }).Locator("a.remove-example").ClickAsync();
        await AuditThisPage();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Fjern", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Eksemplet er fjernet fra de gode eksempler.");

        Assert.That(_refused, Is.Empty);
    }

    [Test]
    public async Task ShouldPassAxeOnEveryPageOfTheAdmin()
    {
        await LogIn(DemoAccounts.Admin.Email);
        foreach (var path in new[] { "/admin/brugere", "/admin/bruger", "/admin/job", "/revisionslog" })
        {
            await Audit(path);
        }

        await Page.GotoAsync("/admin/brugere");
        await AuditEveryLink("main a[href^='/admin/bruger/']", limit: 1);

        Assert.That(_refused, Is.Empty);
    }

    [Test]
    public async Task ShouldPassAxeOnTheNoAccessPageOfAProviderUserWithoutRoles()
    {
        BrowserApp.Provider.AddUser("axe.ukendt@testrup.dk", "sg-alle-ansatte");
        await SignInThroughProvider("axe.ukendt@testrup.dk");

        await Audit("/ingen-adgang-endnu");

        Assert.That(_refused, Is.Empty);
    }

    [Test]
    public async Task ShouldPassAxeOnTheTwoFactorEnrolmentTheRecoveryCodesANewAppAndTheCodeStep()
    {
        const string email = "axe.totrin@testrup.dk";
        await AuthenticatorApp.CreateManagerAsync(email);
        await LogIn(email, AuthenticatorApp.Password);
        await Audit("/totrinsbekraeftelse");
        await AuthenticatorApp.EnrolAsync(Page);
        await AuditThisPage();
        await Audit("/totrinsbekraeftelse");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sæt en ny app op" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ny godkender-app", Level = 2 })).ToBeVisibleAsync();
        await AuditThisPage();

        await Page.Context.ClearCookiesAsync();
        await AuthenticatorApp.EnterPasswordAsync(Page, email);
        await AuditThisPage();

        Assert.That(_refused, Is.Empty);
    }

    /// <summary>The demo's first measurement: its results, its follow-ups, and its scores against the absence after it beside the second's.</summary>
    private async Task AuditTheDemoMeasurement()
    {
        var id = await DemoData.FirstMeasurementId();
        foreach (var path in new[] { $"/malinger/{id}/opfolgning", $"/malinger/{id}/fravaer", $"/malinger/{id}" })
        {
            await Audit(path);
        }
    }

    /// <summary>Follows up to <paramref name="limit"/> links of the current page and audits each target.</summary>
    private async Task AuditEveryLink(string selector, int limit)
    {
        var from = Page.Url;
        var targets = (await Page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(link => link.getAttribute('href'))"))
            .Distinct().Take(limit).ToList();
        Assert.That(targets, Is.Not.Empty, $"no link {selector} on {from}");
        foreach (var target in targets)
        {
            await Audit(target);
        }
    }

    private async Task Audit(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.That(response?.Status, Is.EqualTo(200), path);
        await AuditThisPage();
    }
}

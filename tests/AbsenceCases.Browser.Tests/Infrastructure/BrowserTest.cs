using AbsenceCases.Infrastructure.Demo;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace AbsenceCases.Browser.Tests.Infrastructure;

/// <summary>
/// Each test in a fresh browser context (its own cookies) on the running application. Screenshots go to
/// screenshots/ under the test's work directory and are attached to the test result.
/// </summary>
public abstract class BrowserTest
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private IBrowserContext _context = null!;
    private int _shots;

    protected IPage Page { get; private set; } = null!;

    /// <summary>A phone's screen, where managers register most sick calls.</summary>
    protected virtual ViewportSize Viewport => new() { Width = 1280, Height = 900 };

    public static string ScreenshotFolder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");

    [SetUp]
    public async Task OpenBrowser()
    {
        _context = await BrowserApp.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BrowserApp.BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = Viewport,
            Locale = "da-DK",
        });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
        _shots = 0;
    }

    [TearDown]
    public async Task CloseBrowser()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == NUnit.Framework.Interfaces.TestStatus.Failed)
        {
            await Screenshot("failed");
        }

        await _context.DisposeAsync();
    }

    /// <summary>Saves a full-page screenshot and attaches it to the test result.</summary>
    protected async Task Screenshot(string step)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{TestContext.CurrentContext.Test.Name}-{++_shots:00}-{step}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path, step);
    }

    protected async Task LogIn(string email, string password = DemoAccounts.Password)
    {
        await Page.GotoAsync("/login");
        await Page.GetByLabel("E-mail").FillAsync(email);
        await Page.GetByLabel("Adgangskode").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeVisibleAsync();
    }

    /// <summary>Signs in on the login page's button through the provider's own sign-in form.</summary>
    protected async Task SignInThroughProvider(string email)
    {
        await Page.GotoAsync("/login");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Log ind med kommunens login" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kommunens login" })).ToBeVisibleAsync();
        await Page.GetByLabel("Brugerens e-mail").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Fortsæt" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeVisibleAsync();
    }

    /// <summary>Checks the page as it is now with axe-core against WCAG 2.1 A and AA (webtilgængelighedsloven).</summary>
    protected async Task AuditThisPage()
    {
        var result = await Page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}");
        Assert.That(violations, Is.Empty, Page.Url);
    }

    /// <summary>Today in Copenhagen, as the application counts days.</summary>
    protected static DateOnly Today => DemoData.Today;

    protected static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

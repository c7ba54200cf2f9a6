namespace AbsenceCases.Browser.Tests;

/// <summary>Starts the application and Debian's Chromium once for all browser tests (every test is in this namespace), and stops both at the end.</summary>
[SetUpFixture]
public sealed class BrowserApp
{
    /// <summary>Debian's Chromium; Playwright's own browser download cannot be used here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static IPlaywright? _playwright;

    public static KestrelAppFactory App { get; private set; } = null!;

    public static Uri BaseAddress { get; private set; } = null!;

    public static IBrowser Browser { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        Assert.That(File.Exists(ChromiumPath), Is.True, $"{ChromiumPath} is missing: apt-get install -y chromium");
        App = new KestrelAppFactory();
        BaseAddress = App.Start();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run",
            ],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
            App.DeleteDatabase();
        }
    }
}

namespace AbsenceCases.Browser.Tests;

/// <summary>
/// Starts the municipality's identity provider, the application (signing in through the provider and with the demo
/// accounts' passwords) and Debian's Chromium once for all browser tests (every test is in this namespace), and
/// stops them at the end.
/// </summary>
[SetUpFixture]
public sealed class BrowserApp
{
    /// <summary>Debian's Chromium; Playwright's own browser download cannot be used here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static IPlaywright? _playwright;

    public const string ProviderClientId = "absencecases";

    public static KestrelAppFactory App { get; private set; } = null!;

    public static LoopbackIdentityProvider Provider { get; private set; } = null!;

    public static Uri BaseAddress { get; private set; } = null!;

    public static IBrowser Browser { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        Assert.That(File.Exists(ChromiumPath), Is.True, $"{ChromiumPath} is missing: apt-get install -y chromium");
        Provider = await LoopbackIdentityProvider.StartAsync();
        const string secret = "absencecases-secret";
        App = new KestrelAppFactory(new Dictionary<string, string>
        {
            ["Auth:Oidc:Authority"] = Provider.Authority.ToString(),
            ["Auth:Oidc:ClientId"] = ProviderClientId,
            ["Auth:Oidc:ClientSecret"] = secret,
            ["Auth:Oidc:RequireHttpsMetadata"] = "false",
            ["Auth:Oidc:GroupRoles:sg-fravaer-ledere"] = "Manager",
            ["Auth:LocalAccounts"] = "true",
        });
        BaseAddress = App.Start();
        await Provider.RegisterWebApplicationAsync(ProviderClientId, secret, BaseAddress);
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

        if (Provider is not null)
        {
            await Provider.DisposeAsync();
        }
    }
}

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The login page over the sign-in limits: a Danish answer with status 429, never a raw error.</summary>
public sealed class LoginRateLimitPageTests : UiTest
{
    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["RateLimits:SignIn:PerAddress:Limit"] = "4",
        ["RateLimits:SignIn:PerAddress:Every"] = "00:10:00",
        ["RateLimits:SignIn:PerAccountFromAddress:Limit"] = "2",
        ["RateLimits:SignIn:PerAccountFromAddress:Every"] = "00:05:00",
    };

    [Test]
    public async Task ShouldShowTheLoginFormWithADanishMessageOnceTheAccountFailedTooOften()
    {
        var session = Anonymous();
        var login = await session.Get("/login");
        login = await session.Submit(login, "main form", new() { ["Email"] = ManagerAEmail, ["Password"] = "forkert" });
        login = await session.Submit(login, "main form", new() { ["Email"] = ManagerAEmail, ["Password"] = "forkert" });

        var page = await session.Submit(login, "main form", new() { ["Email"] = ManagerAEmail, ["Password"] = TestWorld.Password });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(page.SummaryErrors, Is.EqualTo(new[] { "For mange mislykkede forsøg på at logge ind. Prøv igen om 5 minutter." }));
        Assert.That(page.LabelOf("Password"), Is.EqualTo("Adgangskode"), "the form is shown again");
        Assert.That((await session.Get("/", follow: false)).Status, Is.EqualTo(HttpStatusCode.Redirect), "not signed in");
    }

    [Test]
    public async Task ShouldShowADanish429PageWithRetryAfterOnceOneAddressSentTooManyLogins()
    {
        var session = Anonymous();
        var login = await session.Get("/login");
        login = await session.Submit(login, "main form", new() { ["Email"] = ManagerAEmail, ["Password"] = "forkert" });
        login = await session.Submit(login, "main form", new() { ["Email"] = HrEmail, ["Password"] = "forkert" });
        login = await session.Submit(login, "main form", new() { ["Email"] = CoordinatorEmail, ["Password"] = "forkert" });

        var response = await session.Client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = ManagerBEmail, ["Password"] = TestWorld.Password, ["__RequestVerificationToken"] = login.Token,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.GetValues("Retry-After"), Is.EqualTo(new[] { "600" }), "one request more every ten minutes");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(html, Does.Contain("<h1>For mange forsøg</h1>").And.Contain("""<a href="/login">Log ind</a>"""));
    }

    [Test]
    public async Task ShouldCountTheCodeStepOfTwoFactorSignInAgainstTheAddressLimit()
    {
        var session = Anonymous();
        for (var request = 0; request < 4; request++)
        {
            Assert.That((await session.Get("/login/kode", follow: false)).Status, Is.EqualTo(HttpStatusCode.Redirect), "no sign-in waits for a code");
        }

        var response = await session.Client.GetAsync("/login/kode");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(response.Headers.GetValues("Retry-After"), Is.EqualTo(new[] { "600" }));
    }
}

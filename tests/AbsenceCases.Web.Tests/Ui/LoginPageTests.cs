namespace AbsenceCases.Web.Tests.Ui;

/// <summary>Cookie sign-in and sign-out through the pages; the API keeps its bearer tokens and 401.</summary>
public sealed class LoginPageTests : UiTest
{
    [TestCase("/")]
    [TestCase("/sager")]
    [TestCase("/sygemelding")]
    [TestCase("/import")]
    [TestCase("/cases/0193a7a1-0000-7000-8000-000000000001")]
    public async Task ShouldSendAnAnonymousVisitorToTheLoginPage(string path)
    {
        var page = await Anonymous().Get(path, follow: false);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location, Does.Contain($"/login?ReturnUrl={Uri.EscapeDataString(path)}"));
    }

    [Test]
    public async Task ShouldShowTheLoginFormInDanish()
    {
        var page = await Anonymous().Get("/login");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Language, Is.EqualTo("da"));
        Assert.That(page.LabelOf("Email"), Is.EqualTo("E-mail"));
        Assert.That(page.LabelOf("Password"), Is.EqualTo("Adgangskode"));
        Assert.That(page.Links("main button"), Is.EqualTo(new[] { "Log ind" }));
    }

    [Test]
    public async Task ShouldSignInWithTheCookieAndShowTheUsersNameAndRole()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.HeaderText, Does.Contain("Leder A").And.Contain("Leder").And.Contain("Log ud"));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Mine sager"));
    }

    [Test]
    public async Task ShouldGoBackToTheLocalPageAskedForBeforeSigningIn()
    {
        var session = Anonymous();
        var login = await session.Get("/politik");

        var landed = await session.Submit(login, "main form", new() { ["Email"] = HrEmail, ["Password"] = TestWorld.Password });

        Assert.That(landed.Url, Is.EqualTo("/politik"));
        Assert.That(landed.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldNotFollowAReturnUrlOutsideTheApplication()
    {
        var session = Anonymous();
        var login = await session.Get("/login?ReturnUrl=https%3A%2F%2Fevil.example%2F");

        var answer = await session.Submit(login, "main form", new() { ["Email"] = HrEmail, ["Password"] = TestWorld.Password }, follow: false);

        Assert.That(answer.Location, Is.EqualTo("/"));
    }

    [Test]
    public async Task ShouldRefuseAWrongPasswordInDanish()
    {
        var session = Anonymous();
        var login = await session.Get("/login");

        var page = await session.Submit(login, "main form", new() { ["Email"] = ManagerAEmail, ["Password"] = "wrong" });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.SummaryErrors, Is.EqualTo(new[] { "Forkert e-mail eller adgangskode." }));
        Assert.That((await session.Get("/", follow: false)).Status, Is.EqualTo(HttpStatusCode.Redirect), "not signed in");
    }

    [Test]
    public async Task ShouldAskForTheEmptyFieldsInDanish()
    {
        var session = Anonymous();
        var login = await session.Get("/login");

        var page = await session.Submit(login, "main form");

        Assert.That(page.FieldError("Email"), Does.EndWith("Skriv din e-mail."));
        Assert.That(page.FieldError("Password"), Does.EndWith("Skriv din adgangskode."));
        Assert.That(page.Document.GetElementById("Email")!.GetAttribute("aria-invalid"), Is.EqualTo("true"));
        Assert.That(page.Document.GetElementById("Email")!.GetAttribute("aria-describedby"), Is.EqualTo("Email-error"));
    }

    [Test]
    public async Task ShouldNeverSendThePasswordBackToTheBrowser()
    {
        var session = Anonymous();
        var login = await session.Get("/login");

        var page = await session.Submit(login, "main form", new() { ["Email"] = ManagerAEmail, ["Password"] = "secret-guess" });

        Assert.That(page.Html, Does.Not.Contain("secret-guess"));
    }

    [Test]
    public async Task ShouldRefuseALoginPostWithoutTheAntiforgeryToken()
    {
        var page = await Anonymous().Post("/login", new() { ["Email"] = ManagerAEmail, ["Password"] = TestWorld.Password });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text, Does.Contain("Forespørgslen kunne ikke behandles"));
    }

    [Test]
    public async Task ShouldLogOutWithAPost()
    {
        var session = await SignIn(ManagerAEmail);
        var confirm = await session.Get("/logout");

        var page = await session.Submit(confirm, "main form");

        Assert.That(page.Url, Is.EqualTo("/login"));
        Assert.That(page.Flash, Is.EqualTo("Du er logget ud."));
        Assert.That((await session.Get("/", follow: false)).Status, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task ShouldNotOpenAPageWithABearerToken()
    {
        var bearer = await World.ManagerA();

        var response = await bearer.GetAsync("/sygemelding");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the test client follows the redirect");
        Assert.That(response.RequestMessage!.RequestUri!.AbsolutePath, Is.EqualTo("/login"));
    }

    [Test]
    public async Task ShouldKeepAnsweringTheApiWith401InsteadOfRedirecting()
    {
        var response = await Anonymous().Client.GetAsync("/api/cases");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldLetTheCookieOfTheUiCallTheApiAsBefore()
    {
        var session = await SignIn(ManagerAEmail);

        var response = await session.Client.GetAsync("/api/cases");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}

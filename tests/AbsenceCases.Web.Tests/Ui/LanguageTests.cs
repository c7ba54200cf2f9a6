namespace AbsenceCases.Web.Tests.Ui;

/// <summary>Danish by default, English by the switch in the header, remembered in a cookie.</summary>
public sealed class LanguageTests : UiTest
{
    [Test]
    public async Task ShouldSwitchToEnglishAndBackToDanish()
    {
        var session = Anonymous();
        var danish = await session.Get("/login");

        var english = await session.Submit(danish, "form[action='/sprog']");

        Assert.That(english.Url, Is.EqualTo("/login"));
        Assert.That(english.Language, Is.EqualTo("en"));
        Assert.That(english.LabelOf("Password"), Is.EqualTo("Password"));
        Assert.That((await session.Get("/login")).Language, Is.EqualTo("en"), "the choice is remembered");

        var back = await session.Submit(english, "form[action='/sprog']");
        Assert.That(back.Language, Is.EqualTo("da"));
        Assert.That(back.LabelOf("Password"), Is.EqualTo("Adgangskode"));
    }

    [Test]
    public async Task ShouldStayDanishWhateverTheBrowsersLanguage()
    {
        var session = Anonymous();
        session.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var page = await session.Get("/login");

        Assert.That(page.Language, Is.EqualTo("da"));
    }

    [Test]
    public async Task ShouldShowStateNamesAndValidationMessagesInEnglish()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var session = await SignIn(ManagerAEmail);
        await session.Submit(await session.Get("/"), "form[action='/sprog']");

        var list = await session.Get("/");
        var form = await session.Get("/sygemelding");
        var refused = await session.Submit(form, "main form[method='post']", new() { ["Input.EmployeeId"] = string.Empty });

        Assert.That(list.Text, Does.Contain("My cases").And.Contain("Reported"));
        Assert.That(refused.FieldError("Input_EmployeeId"), Does.EndWith("Give employeeId or employeeNumber."));
    }

    [Test]
    public async Task ShouldNotSendTheSwitchOutsideTheApplication()
    {
        var session = Anonymous();
        var login = await session.Get("/login");

        var answer = await session.Submit(login, "form[action='/sprog']", new() { ["returnUrl"] = "//evil.example/" }, follow: false);

        Assert.That(answer.Location, Is.EqualTo("/"));
    }

    [Test]
    public async Task ShouldRefuseTheSwitchWithoutTheAntiforgeryToken()
    {
        var page = await Anonymous().Post("/sprog", new() { ["language"] = "en", ["returnUrl"] = "/login" });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}

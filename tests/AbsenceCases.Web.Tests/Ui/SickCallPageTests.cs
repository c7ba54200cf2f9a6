namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/sygemelding: the manager's quick registration of a sick call.</summary>
public sealed class SickCallPageTests : UiTest
{
    private const string Form = "main form[method='post']";

    [Test]
    public async Task ShouldShowTheFormInDanishWithTodayAsTheFirstSickDay()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/sygemelding");

        Assert.That(page.LabelOf("Input_EmployeeId"), Is.EqualTo("Medarbejder"));
        Assert.That(page.LabelOf("Input_FirstDay"), Is.EqualTo("Første sygedag"));
        Assert.That(page.LabelOf("Input_AbsenceType"), Is.EqualTo("Fraværstype"));
        Assert.That(page.LabelOf("Input_Percent"), Is.EqualTo("Procent"));
        Assert.That(page.LabelOf("Input_ExpectedReturn"), Does.StartWith("Forventet tilbage"));
        Assert.That(page.LabelOf("Input_Note"), Does.StartWith("Note"));
        Assert.That(page.Text, Does.Contain("Skriv aldrig en diagnose"));
        Assert.That(page.ValueOf("Input_FirstDay"), Is.EqualTo("2026-03-16"));
        Assert.That(page.ValueOf("Input_Percent"), Is.EqualTo("100"));
        Assert.That(page.Links($"{Form} button"), Is.EqualTo(new[] { "Registrer sygemelding" }));
    }

    [Test]
    public async Task ShouldOfferOnlyTheEmployeesInScopeAndNarrowThemBySearch()
    {
        var session = await SignIn(ManagerAEmail);

        var all = await session.Get("/sygemelding");
        var searched = await session.Get("/sygemelding?soeg=clara");

        Assert.That(all.Links("#Input_EmployeeId option").Skip(1), Is.EqualTo(new[] { "Anna Andersen (1001)", "Bo Bech (1002)", "Clara Dahl (1003)" }));
        Assert.That(searched.Links("#Input_EmployeeId option").Skip(1), Is.EqualTo(new[] { "Clara Dahl (1003)" }));
        Assert.That(searched.ValueOf("Input_EmployeeId"), Is.EqualTo(World.EmployeeA2.ToString()), "a single match is chosen");
    }

    [Test]
    public async Task ShouldRegisterTheSickCallAndOpenTheNewCase()
    {
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get("/sygemelding");

        var page = await session.Submit(form, Form, new()
        {
            ["Input.EmployeeId"] = World.EmployeeA.ToString(),
            ["Input.FirstDay"] = Iso(Today.AddDays(-1)),
            ["Input.Percent"] = "50",
            ["Input.ExpectedReturn"] = Iso(Today.AddDays(3)),
        });

        Assert.That(page.Url, Does.Match("^/cases/[0-9a-f-]{36}$"));
        Assert.That(page.Flash, Is.EqualTo("Sygemeldingen er registreret."));
        Assert.That(page.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Sygemeldt"));
        Assert.That(page.Text, Does.Contain("Anna Andersen").And.Contain("50 %"));
        var cases = await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Cases));
        Assert.That(cases, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldRegisterOnceWhenTheSameFormIsSentTwice()
    {
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get("/sygemelding");
        var values = new Dictionary<string, string?> { ["Input.EmployeeId"] = World.EmployeeA.ToString() };

        var first = await session.Submit(form, Form, values);
        var second = await session.Submit(form, Form, values);

        Assert.That(second.Url, Is.EqualTo(first.Url));
        var cases = await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Cases));
        Assert.That(cases, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldShowTheValidationMessagesInDanishBesideTheFields()
    {
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get("/sygemelding");

        var page = await session.Submit(form, Form, new()
        {
            ["Input.EmployeeId"] = string.Empty,
            ["Input.FirstDay"] = Iso(Today.AddDays(1)),
            ["Input.Percent"] = "150",
        });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.FieldError("Input_EmployeeId"), Does.EndWith("Vælg en medarbejder."));
        Assert.That(page.FieldError("Input_FirstDay"), Does.EndWith("Må ikke ligge i fremtiden."));
        Assert.That(page.FieldError("Input_Percent"), Does.EndWith("Skal være mellem 1 og 100."));
        Assert.That(page.SummaryErrors, Has.Count.EqualTo(3));
        Assert.That(page.ValueOf("Input_Percent"), Is.EqualTo("150"), "the form keeps what was typed");
    }

    [Test]
    public async Task ShouldLimitTheNoteAndTheSearchAsTheirValidatorsDo()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/sygemelding");

        Assert.That(page.Document.GetElementById("Input_Note")!.GetAttribute("maxlength"), Is.EqualTo("2000"));
        Assert.That(page.Document.GetElementById("soeg")!.GetAttribute("maxlength"), Is.EqualTo("100"));
    }

    [Test]
    public async Task ShouldRefuseANoteWithAControlCharacterInDanishAndRegisterNothing()
    {
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get("/sygemelding");

        var page = await session.Submit(form, Form, new() { ["Input.EmployeeId"] = World.EmployeeA.ToString(), ["Input.Note"] = "Ringede ind\u0001" });

        Assert.That(page.FieldError("Input_Note"), Does.EndWith("Må ikke indeholde styretegn eller ugyldig UTF-8 (fandt U+0001)."));
        var cases = await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Cases));
        Assert.That(cases, Is.Zero);
    }

    [Test]
    public async Task ShouldAnswerAValueThatIsNotADateInDanish()
    {
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get("/sygemelding");

        var page = await session.Submit(form, Form, new() { ["Input.EmployeeId"] = World.EmployeeA.ToString(), ["Input.FirstDay"] = "igår" });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.FieldError("Input_FirstDay"), Does.EndWith("Værdien 'igår' er ikke gyldig."));
    }

    [Test]
    public async Task ShouldExplainInDanishThatTheEmployeeIsAlreadyAbsent()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-3));
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get("/sygemelding");

        var page = await session.Submit(form, Form, new() { ["Input.EmployeeId"] = World.EmployeeA.ToString() });

        Assert.That(page.SummaryErrors, Is.EqualTo(new[] { "Medarbejderen er allerede registreret fraværende (egen sygdom) fra 13.03.2026 og er det stadig." }));
    }

    [Test]
    public async Task ShouldRefuseAnEmployeeOutsideTheManagersUnitsOnTheForm()
    {
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get("/sygemelding");

        var page = await session.Submit(form, Form, new() { ["Input.EmployeeId"] = World.EmployeeB.ToString() });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.FieldError("Input_EmployeeId"), Does.EndWith("Medarbejderen er ikke ansat i en enhed, du har adgang til."));
    }

    [Test]
    public async Task ShouldOfferOnlyWhoWorksInTheUnitsTodayAndMarkTheAbsentWithALinkToTheirCase()
    {
        var caseOfAnna = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-3));
        var hr = await World.Hr();
        var moved = await hr.PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            $"1003;Clara Dahl;A;37;2020-01-01;{Iso(Today.AddDays(-1))};Pædagog\n" +
            $"1003;Clara Dahl;B;37;{Iso(Today)};;Pædagog\n");
        Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/sygemelding");

        Assert.That(page.Links("#Input_EmployeeId option").Skip(1), Is.EqualTo(new[] { "Anna Andersen (1001) – fraværende", "Bo Bech (1002)" }));
        Assert.That(page.Links("#absent-employees a"), Is.EqualTo(new[] { "Sagen for Anna Andersen (1001)" }));
        Assert.That(page.Document.QuerySelector("#absent-employees a")!.GetAttribute("href"), Is.EqualTo($"/cases/{caseOfAnna}"));
        Assert.That(page.Text, Does.Contain("Allerede fraværende"));
    }

    [Test]
    public async Task ShouldRefuseAPostWithoutTheAntiforgeryToken()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Post("/sygemelding", new()
        {
            ["Input.EmployeeId"] = World.EmployeeA.ToString(),
            ["Input.FirstDay"] = Iso(Today),
            ["Input.AbsenceType"] = "OwnIllness",
        });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        var cases = await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Cases));
        Assert.That(cases, Is.Zero);
    }
}

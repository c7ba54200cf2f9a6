using AbsenceCases.Application.Cases.Commands;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The case page's dates and absence pattern, and the forms that record a possibility statement or a retention-plan request.</summary>
public sealed class CaseRecordPageTests : UiTest
{
    private const string Form = "main form[method='post']";

    [Test]
    public async Task ShouldRecordARequestForAPossibilityStatementAndShowItsDate()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-5));
        var session = await SignIn(ManagerAEmail);
        var casePage = await session.Get($"/cases/{caseId}");
        Assert.That(casePage.Links("ul.actions a"), Does.Contain("Anmod om mulighedserklæring")
            .And.Contain("Registrer ønske om fastholdelsesplan (§ 7b)"), "offered among the case's actions");
        var form = await session.Get($"/cases/{caseId}/possibility-statement");
        Assert.That(form.LabelOf("Input_RequestedOn"), Is.EqualTo("Anmodet den"));
        Assert.That(form.ValueOf("Input_RequestedOn"), Is.EqualTo("2026-03-16"));

        var page = await session.Submit(form, Form, new() { ["Input.RequestedOn"] = Iso(Today.AddDays(-1)) });

        Assert.That(page.Url, Is.EqualTo($"/cases/{caseId}"));
        Assert.That(page.Flash, Is.EqualTo("Anmodningen om mulighedserklæring er registreret."));
        Assert.That(Fact(page, "Mulighedserklæring anmodet"), Is.EqualTo("15.03.2026"));
        Assert.That(page.Links("section[aria-labelledby='history'] tbody th"), Does.Contain("Mulighedserklæring anmodet"));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).PossibilityStatementRequestedOn, Is.EqualTo(Today.AddDays(-1)));
    }

    [Test]
    public async Task ShouldRecordTheEmployeesRequestForARetentionPlanOnce()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-5));
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get($"/cases/{caseId}/retention-plan-request");

        var page = await session.Submit(form, Form);

        Assert.That(page.Flash, Is.EqualTo("Medarbejderens ønske om en fastholdelsesplan er registreret."));
        Assert.That(Fact(page, "Fastholdelsesplan ønsket (§ 7b)"), Is.EqualTo("16.03.2026"));
        Assert.That(page.Links("ul.actions a"), Does.Contain("Anmod om mulighedserklæring")
            .And.Not.Contain("Registrer ønske om fastholdelsesplan (§ 7b)"), "asked for once");
        var again = await session.Get($"/cases/{caseId}/retention-plan-request");
        Assert.That(again.Url, Is.EqualTo($"/cases/{caseId}"));
        Assert.That(again.Flash, Is.EqualTo("Handlingen er ikke mulig i sagens nuværende tilstand."));
    }

    [Test]
    public async Task ShouldAnswerADateInTheFutureOrBeforeTheFirstDayInDanish()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-5));
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get($"/cases/{caseId}/possibility-statement");

        var future = await session.Submit(form, Form, new() { ["Input.RequestedOn"] = Iso(Today.AddDays(1)) });
        var beforeFirstDay = await session.Submit(form, Form, new() { ["Input.RequestedOn"] = Iso(Today.AddDays(-6)) });

        Assert.That(future.FieldError("Input_RequestedOn"), Does.EndWith("Må ikke ligge i fremtiden."));
        Assert.That(beforeFirstDay.SummaryErrors, Is.EqualTo(new[]
        {
            "Handlingen er ikke mulig: anmodningen skal ligge fra første sygedag og ikke i fremtiden.",
        }));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).PossibilityStatementRequestedOn, Is.Null);
    }

    [Test]
    public async Task ShouldRefuseARecordPostWithoutTheAntiforgeryTokenAndOutsideTheScope()
    {
        var caseOfA = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-5));
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-5));
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get($"/cases/{caseOfA}/possibility-statement");

        var withoutToken = await session.Post($"/cases/{caseOfA}/possibility-statement", new() { ["Version"] = "1", ["Input.RequestedOn"] = Iso(Today) });
        var foreign = await session.Post($"/cases/{caseOfB}/retention-plan-request", new()
        {
            ["__RequestVerificationToken"] = form.Token, ["Version"] = "1", ["Input.RequestedOn"] = Iso(Today),
        });

        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(foreign.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
        Assert.That((await GetCase(await World.ManagerA(), caseOfA)).PossibilityStatementRequestedOn, Is.Null);
        Assert.That((await GetCase(await World.ManagerB(), caseOfB)).RetentionPlanRequestedOn, Is.Null);
    }

    [Test]
    public async Task ShouldShowTheDatesOfTheCaseAndTheRetentionPlansText()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-40));
        // An expected return 100 days after the first day makes the absence long (§ 7b, § 7c).
        await Act(manager, caseId, "first-conversation", new { heldOn = Today.AddDays(-10), form = "Phone", expectedReturn = Today.AddDays(60) });
        await Act(manager, caseId, "municipality-notification", new { on = Today.AddDays(-6) });
        await Act(manager, caseId, "fast-track", new { requestedOn = Today.AddDays(-5) });
        await Act(manager, caseId, "retention-plan", new { madeOn = Today.AddDays(-4), content = "Skånehensyn: ingen tunge løft i fire uger." });
        await Act(manager, caseId, "round-table", new { heldOn = Today.AddDays(-3) });
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get($"/cases/{caseId}");

        Assert.That(Fact(page, "Anmeldt til kommunen"), Is.EqualTo("10.03.2026"));
        Assert.That(Fact(page, "Fast track anmodet (§ 7c)"), Is.EqualTo("11.03.2026"));
        Assert.That(Fact(page, "Fastholdelsesplan lavet"), Is.EqualTo("12.03.2026"));
        Assert.That(Fact(page, "Rundbordssamtale holdt"), Is.EqualTo("13.03.2026"));
        Assert.That(Fact(page, "Seneste sagsgennemgang"), Is.Null, "never reviewed");
        Assert.That(page.Document.QuerySelector("section[aria-labelledby='retention-plan'] .text-block")!.TextContent,
            Is.EqualTo("Skånehensyn: ingen tunge løft i fire uger."));
    }

    [Test]
    public async Task ShouldShowTheAbsencePatternToTheManagerAndNotOpenTheCaseToAnAdmin()
    {
        await (await World.Hr()).PostCsv("/api/imports/absences", TwoShortAbsences);
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-2));

        var asManager = await (await SignIn(ManagerAEmail)).Get($"/cases/{caseId}");
        var asAdmin = await (await SignIn("admin@test.local")).Get($"/cases/{caseId}", follow: false);

        // Three periods (3 November, 12 January and the open one from Saturday 14 March) of one working day each
        // (the open one counts Monday 16 March): S = 3, D = 3, Bradford factor 3² × 3 = 27; 3 periods in half a year is frequent.
        var pattern = asManager.Document.QuerySelectorAll("#absence-pattern dd").Select(dd => dd.TextContent).ToList();
        Assert.That(pattern, Is.EqualTo(new[] { "3", "3", "27", "Ja" }));
        Assert.That(asManager.Document.QuerySelector("#employee-link")!.GetAttribute("href"), Is.EqualTo($"/medarbejdere/{World.EmployeeA}"));
        Assert.That(asAdmin.Location, Does.Contain("/ingen-adgang"));
    }

    private static string? Fact(UiPage page, string term) =>
        page.Document.QuerySelectorAll(".facts div").FirstOrDefault(d => d.QuerySelector("dt")!.TextContent == term)?.QuerySelector("dd")!.TextContent;
}

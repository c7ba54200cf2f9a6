using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/cases/{id}: the case with deadlines, history, conversations and plan, and a button per permitted action.</summary>
public sealed class CasePageTests : UiTest
{
    [Test]
    public async Task ShouldShowTheCaseWithDeadlinesAbsenceAndHistory()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-2));
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get($"/cases/{caseId}");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Anna Andersen"));
        Assert.That(page.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Sygemeldt"));
        var deadlines = page.Document.QuerySelectorAll("section[aria-labelledby='deadlines'] tbody th").Select(th => th.TextContent).ToList();
        Assert.That(deadlines, Does.Contain("Omsorgskontakt").And.Contain("Sygefraværssamtale (§ 7a)"));
        Assert.That(page.Text, Does.Contain("Sygedagpengeloven § 7a"));
        Assert.That(page.Links("section[aria-labelledby='history'] tbody th"), Is.EqualTo(new[] { "Sygemelding registreret" }));
        Assert.That(page.Text, Does.Contain("stadig fraværende"));
    }

    [Test]
    public async Task ShouldShowOneButtonForEachPermittedAction()
    {
        var managerA = await World.ManagerA();
        var caseId = await ReportSickCall(managerA, World.EmployeeA, Today.AddDays(-40));
        var permitted = (await GetCase(managerA, caseId)).PermittedActions;
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get($"/cases/{caseId}");

        var buttons = page.Document.QuerySelectorAll(".actions a").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(permitted, Is.SupersetOf(new[]
        {
            CaseTrigger.RecordCareContact, CaseTrigger.HoldFirstConversation, CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn,
            CaseTrigger.Close,
        }));
        Assert.That(buttons, Is.EqualTo(permitted.Select(p => $"/cases/{caseId}/{Slug(p)}")), "one button for each, in the workflow's order");
        Assert.That(page.Links(".actions a"), Does.Contain("Hold første samtale").And.Contain("Registrer delvis raskmelding").And.Contain("Registrer tilbagevenden"));
    }

    [Test]
    public async Task ShouldNotLetAManagerOpenTheCasePageOfAnotherUnit()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get($"/cases/{caseOfB}");
        var action = await session.Get($"/cases/{caseOfB}/care-contact");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
        Assert.That(page.Html, Does.Not.Contain("Dorte Eriksen"));
        Assert.That(action.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldAnswer404ForACaseThatDoesNotExist()
    {
        var session = await SignIn(ManagerAEmail);

        var unknown = await session.Get($"/cases/{Guid.NewGuid()}");
        var malformed = await session.Get("/cases/not-a-case");

        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Siden findes ikke"));
        Assert.That(malformed.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldSendBackToTheCaseWhenTheActionIsNotPermittedNow()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get($"/cases/{caseId}/prevention-plan");

        Assert.That(page.Url, Is.EqualTo($"/cases/{caseId}"));
        Assert.That(page.Flash, Is.EqualTo("Handlingen er ikke mulig i sagens nuværende tilstand."));
    }

    private static string Slug(CaseTrigger trigger) => trigger switch
    {
        CaseTrigger.RecordCareContact => "care-contact",
        CaseTrigger.NotifyMunicipality => "municipality-notification",
        CaseTrigger.RequestFastTrack => "fast-track",
        CaseTrigger.MakeRetentionPlan => "retention-plan",
        CaseTrigger.RecordRetentionPlanRequest => "retention-plan-request",
        CaseTrigger.RequestPossibilityStatement => "possibility-statement",
        CaseTrigger.RequestDocumentation => "documentation-requests/new",
        CaseTrigger.HoldRoundTableMeeting => "round-table",
        CaseTrigger.HoldFirstConversation => "first-conversation",
        CaseTrigger.StartCoordination => "coordination",
        CaseTrigger.AgreePreventionPlan => "prevention-plan",
        CaseTrigger.RegisterGradualReturn => "gradual-return",
        CaseTrigger.RegisterReturn => "return",
        CaseTrigger.Close => "close",
        CaseTrigger.Reopen => "reopen",
        _ => $"(no page for {trigger})",
    };
}

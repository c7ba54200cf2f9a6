using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>Each case action's form: GET shows it, POST sends the command with the version shown, errors in Danish.</summary>
public sealed class CaseActionPageTests : UiTest
{
    private const string Form = "main form[method='post']";

    [Test]
    public async Task ShouldRecordCareContact()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 2);
        var form = await session.Get($"/cases/{caseId}/care-contact");
        Assert.That(form.LabelOf("Input_On"), Is.EqualTo("Dato for kontakten"));
        Assert.That(form.ValueOf("Input_On"), Is.EqualTo("2026-03-16"));

        var page = await session.Submit(form, Form, new() { ["Input.Note"] = "Ringet hjem." });

        Assert.That(page.Flash, Is.EqualTo("Omsorgskontakten er registreret."));
        Assert.That(page.Text, Does.Contain("Ringet hjem."));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).CareContactOn, Is.EqualTo(Today));
    }

    [Test]
    public async Task ShouldHoldTheFirstConversation()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 5);
        var form = await session.Get($"/cases/{caseId}/first-conversation");

        var page = await session.Submit(form, Form, new()
        {
            ["Input.Form"] = "Phone",
            ["Input.ExpectedReturn"] = Iso(Today.AddDays(7)),
            ["Input.RetentionPlanRequested"] = "true",
        });

        Assert.That(page.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Første samtale holdt"));
        Assert.That(page.Text, Does.Contain("Telefon").And.Contain("Fastholdelsesplan (§ 7b)"));
        var details = await GetCase(await World.ManagerA(), caseId);
        Assert.That(details.Conversations.Single().RetentionPlanRequested, Is.True);
        Assert.That(details.ExpectedReturn, Is.EqualTo(Today.AddDays(7)));
    }

    [Test]
    public async Task ShouldExplainAnUnmetGuardInDanish()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 5);
        var form = await session.Get($"/cases/{caseId}/first-conversation");

        var page = await session.Submit(form, Form, new() { ["Input.HeldOn"] = Iso(Today.AddDays(-9)) });

        Assert.That(page.SummaryErrors, Is.EqualTo(new[]
        {
            "Handlingen er ikke mulig: samtalen skal være holdt fra første sygedag og ikke i fremtiden.",
        }));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).Status, Is.EqualTo(CaseStatus.Reported));
    }

    [Test]
    public async Task ShouldAnswerValuesThatCannotBeReadInDanishWithoutSendingAnything()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 5);
        var form = await session.Get($"/cases/{caseId}/first-conversation");

        var page = await session.Submit(form, Form, new() { ["Input.HeldOn"] = "i går", ["Input.Form"] = "Brevdue", ["Version"] = "x" });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.FieldError("Input_HeldOn"), Does.EndWith("Værdien 'i går' er ikke gyldig."));
        Assert.That(page.FieldError("Input_Form"), Does.EndWith("Værdien 'Brevdue' er ikke gyldig."));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).Status, Is.EqualTo(CaseStatus.Reported));
    }

    [Test]
    public async Task ShouldStartCoordinationAndAgreeAPreventionPlanSkippingEmptyRows()
    {
        var (session, caseId) = await LongCaseOfAForTheCoordinator();
        await session.Submit(await session.Get($"/cases/{caseId}/coordination"), Form, new() { ["Input.Reason"] = "Langvarigt fravær" });
        var form = await session.Get($"/cases/{caseId}/prevention-plan");
        Assert.That(form.Document.QuerySelectorAll("fieldset.measure"), Has.Length.EqualTo(3));

        var page = await session.Submit(form, Form, new()
        {
            ["Input.Measures[1].Description"] = "Nedsat tid i fire uger",
            ["Input.Measures[1].Responsible"] = "Nærmeste leder",
            ["Input.Measures[1].FollowUpOn"] = Iso(Today.AddDays(14)),
        });

        Assert.That(page.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Forebyggelsesplan aftalt"));
        var plan = (await GetCase(await World.ManagerA(), caseId)).PreventionPlan!;
        Assert.That(plan.Measures.Select(m => m.Description), Is.EqualTo(new[] { "Nedsat tid i fire uger" }));
    }

    [Test]
    public async Task ShouldPutAMeasuresErrorOnTheRowItCameFrom()
    {
        var (session, caseId) = await LongCaseOfAForTheCoordinator();
        await session.Submit(await session.Get($"/cases/{caseId}/coordination"), Form);
        var form = await session.Get($"/cases/{caseId}/prevention-plan");

        var page = await session.Submit(form, Form, new()
        {
            ["Input.Measures[2].Description"] = "Arbejdspladsvurdering",
            ["Input.Measures[2].Responsible"] = "AMR",
        });

        Assert.That(page.FieldError("Input_Measures_2__FollowUpOn"), Does.EndWith("Skal udfyldes."));
        Assert.That(page.FieldError("Input_Measures_0__FollowUpOn"), Is.Null);
        Assert.That(page.ValueOf("Input_Measures_2__Description"), Is.EqualTo("Arbejdspladsvurdering"));
    }

    [Test]
    public async Task ShouldRequireAtLeastOneMeasureInDanish()
    {
        var (session, caseId) = await LongCaseOfAForTheCoordinator();
        await session.Submit(await session.Get($"/cases/{caseId}/coordination"), Form);

        var page = await session.Submit(await session.Get($"/cases/{caseId}/prevention-plan"), Form);

        Assert.That(page.SummaryErrors, Does.Contain("Planen skal have mindst ét tiltag."));
    }

    [Test]
    public async Task ShouldAddEmptyMeasureRowsWithoutSendingThePlan()
    {
        var (session, caseId) = await LongCaseOfAForTheCoordinator();
        await session.Submit(await session.Get($"/cases/{caseId}/coordination"), Form);
        var form = await session.Get($"/cases/{caseId}/prevention-plan");

        var page = await session.Submit(form, Form, new() { ["Input.Measures[0].Description"] = "Samtale med AMR" }, button: "button[formaction]");

        Assert.That(page.Document.QuerySelectorAll("fieldset.measure"), Has.Length.EqualTo(5));
        Assert.That(page.ValueOf("Input_Measures_0__Description"), Is.EqualTo("Samtale med AMR"));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).Status, Is.EqualTo(CaseStatus.Coordination));
    }

    [Test]
    public async Task ShouldRegisterAGradualReturnAfterNamingTheFieldOfAPercentOutOfRange()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 10);
        var form = await session.Get($"/cases/{caseId}/gradual-return");
        Assert.That(form.LabelOf("Input_From"), Is.EqualTo("Delvis raskmeldt fra"));
        Assert.That(form.LabelOf("Input_Percent"), Is.EqualTo("Fraværsprocent fra den dag"));
        Assert.That(form.ValueOf("Input_From"), Is.EqualTo("2026-03-16"));

        var refused = await session.Submit(form, Form, new() { ["Input.From"] = Iso(Today.AddDays(-3)), ["Input.Percent"] = "100" });
        var page = await session.Submit(refused, Form, new() { ["Input.From"] = Iso(Today.AddDays(-3)), ["Input.Percent"] = "40" });

        Assert.That(refused.FieldError("Input_Percent"), Does.EndWith("Skal være mellem 1 og 99."));
        Assert.That(page.Flash, Is.EqualTo("Den delvise raskmelding er registreret."));
        Assert.That(page.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Sygemeldt"));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).Spells.Select(s => (s.FirstDay, s.LastDay, s.Percent)), Is.EqualTo(new (DateOnly, DateOnly?, int)[]
        {
            (Today.AddDays(-10), Today.AddDays(-4), 100),
            (Today.AddDays(-3), null, 40),
        }));
    }

    [Test]
    public async Task ShouldRegisterAReturnThatClosesACaseStillReported()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 3);
        var form = await session.Get($"/cases/{caseId}/return");

        var page = await session.Submit(form, Form);

        Assert.That(page.Flash, Is.EqualTo("Tilbagevenden er registreret."));
        Assert.That(page.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Afsluttet"));
        Assert.That(page.Text, Does.Contain("Tilbage i arbejde"));
    }

    [Test]
    public async Task ShouldCloseAndReopenACase()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 10);
        var close = await session.Get($"/cases/{caseId}/close");
        Assert.That(close.Links("#Input_Reason option"), Does.Contain("Fratrådt efter eget ønske"));

        var missingReason = await session.Submit(close, Form);
        Assert.That(missingReason.FieldError("Input_Reason"), Does.EndWith("Skal udfyldes."));

        var closed = await session.Submit(close, Form, new() { ["Input.Reason"] = "Resigned", ["Input.ClosedOn"] = Iso(Today.AddDays(-2)) });
        Assert.That(closed.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Afsluttet"));

        var reopened = await session.Submit(await session.Get($"/cases/{caseId}/reopen"), Form);
        Assert.That(reopened.Flash, Is.EqualTo("Sagen er genåbnet."));
        Assert.That(reopened.Document.GetElementById("case-status")!.TextContent, Is.EqualTo("Sygemeldt"));
    }

    [Test]
    public async Task ShouldRefuseAStaleFormWithAClearMessageAndChangeNothing()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 5);
        var form = await session.Get($"/cases/{caseId}/first-conversation");
        await (await World.ManagerA()).PostJson($"/api/cases/{caseId}/care-contact", new { on = Today });

        var page = await session.Submit(form, Form);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.SummaryErrors.Single(), Does.StartWith("Sagen er ændret, siden du åbnede formularen."));
        Assert.That(page.Links(".notice a"), Is.EqualTo(new[] { "Åbn sagen igen" }));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).Status, Is.EqualTo(CaseStatus.Reported));
    }

    [Test]
    public async Task ShouldRefuseAnActionPostWithoutTheAntiforgeryToken()
    {
        var (session, caseId) = await CaseOfA(daysAgo: 3);
        var version = (await GetCase(await World.ManagerA(), caseId)).Version;

        var page = await session.Post($"/cases/{caseId}/return", new() { ["Version"] = version.ToString(), ["Input.ReturnedOn"] = Iso(Today) });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).Status, Is.EqualTo(CaseStatus.Reported));
    }

    [Test]
    public async Task ShouldRefuseAnotherUnitsCaseActionPostWith403()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);
        var (session, ownCase) = await CaseOfA(daysAgo: 1);
        var form = await session.Get($"/cases/{ownCase}/return");

        var page = await session.Post($"/cases/{caseOfB}/return", new()
        {
            ["__RequestVerificationToken"] = form.Token,
            ["Version"] = "1",
            ["Input.ReturnedOn"] = Iso(Today),
        });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
        Assert.That((await GetCase(await World.ManagerB(), caseOfB)).Status, Is.EqualTo(CaseStatus.Reported));
    }

    private async Task<(UiSession Session, Guid CaseId)> CaseOfA(int daysAgo)
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-daysAgo));
        return (await SignIn(ManagerAEmail), caseId);
    }

    /// <summary>A case of workplace A 40 days old, which the coordinator of its group takes into coordination.</summary>
    private async Task<(UiSession Session, Guid CaseId)> LongCaseOfAForTheCoordinator()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        return (await SignIn(CoordinatorEmail), caseId);
    }
}

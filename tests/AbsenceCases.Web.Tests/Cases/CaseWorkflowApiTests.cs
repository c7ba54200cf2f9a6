using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Cases;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class CaseWorkflowApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldWalkACaseFromSickCallToClosedWithHistoryAndDeadlines()
    {
        var manager = await World.ManagerA();
        var coordinator = await World.Coordinator();
        var firstDay = Today.AddDays(-40);
        var caseId = await ReportSickCall(manager, World.EmployeeA, firstDay);

        var reported = await GetCase(manager, caseId);
        Assert.That(reported.Status, Is.EqualTo(CaseStatus.Reported));
        // Care contact on day 5 = first day + 4; the § 7a conversation 4 weeks after the first sick day = first day + 28;
        // the absence has passed the 30-day employer period, so the § 59 notification is due 5 weeks after = first day + 35,
        // as is the round-table meeting.
        Assert.That(reported.Deadlines.Select(d => (d.Kind, d.DueDate, d.Status)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, firstDay.AddDays(4), DeadlineStatus.Overdue),
            (DeadlineKind.FirstConversation, firstDay.AddDays(28), DeadlineStatus.Overdue),
            (DeadlineKind.MunicipalityNotification, firstDay.AddDays(35), DeadlineStatus.Overdue),
            (DeadlineKind.RoundTableMeeting, firstDay.AddDays(35), DeadlineStatus.Overdue),
        }));
        Assert.That(reported.DaysAbsent, Is.EqualTo(41));

        await Act(manager, caseId, "care-contact", new { on = firstDay.AddDays(3) });
        await Act(manager, caseId, "first-conversation", new { heldOn = firstDay.AddDays(20), form = "Phone", expectedReturn = Today.AddDays(10), retentionPlanRequested = true });
        await Act(manager, caseId, "municipality-notification", new { on = firstDay.AddDays(33) });
        await Act(coordinator, caseId, "coordination", new { startedOn = firstDay.AddDays(30), reason = "Langvarigt fravær" });
        await Act(manager, caseId, "round-table", new { heldOn = firstDay.AddDays(34) });
        await Act(coordinator, caseId, "prevention-plan", new
        {
            agreedOn = firstDay.AddDays(35),
            measures = new[] { new { description = "Nedsat tid i fire uger", responsible = "Leder A", followUpOn = Today.AddDays(14) } },
        });
        await Act(manager, caseId, "return", new { returnedOn = Today.AddDays(-1) });
        var closed = await Act(manager, caseId, "close", new { closedOn = Today, reason = "ReturnedToWork", note = "Tilbage på fuld tid" });

        Assert.That(closed.Status, Is.EqualTo(CaseStatus.Closed));
        var details = await GetCase(manager, caseId);
        Assert.That(details.History.Select(h => (h.Action, h.From, h.To)), Is.EqualTo(new (CaseHistoryAction, CaseStatus?, CaseStatus?)[]
        {
            (CaseHistoryAction.SickCallRegistered, null, CaseStatus.Reported),
            (CaseHistoryAction.RecordCareContact, CaseStatus.Reported, CaseStatus.Reported),
            (CaseHistoryAction.HoldFirstConversation, CaseStatus.Reported, CaseStatus.FirstConversation),
            (CaseHistoryAction.NotifyMunicipality, CaseStatus.FirstConversation, CaseStatus.FirstConversation),
            (CaseHistoryAction.StartCoordination, CaseStatus.FirstConversation, CaseStatus.Coordination),
            (CaseHistoryAction.HoldRoundTableMeeting, CaseStatus.Coordination, CaseStatus.Coordination),
            (CaseHistoryAction.AgreePreventionPlan, CaseStatus.Coordination, CaseStatus.PreventionPlan),
            (CaseHistoryAction.RegisterReturn, CaseStatus.PreventionPlan, CaseStatus.PreventionPlan),
            (CaseHistoryAction.Close, CaseStatus.PreventionPlan, CaseStatus.Closed),
        }));
        Assert.That(details.History.Select(h => h.ByName), Is.EqualTo(new[]
        {
            "Leder A", "Leder A", "Leder A", "Leder A", "Koordinator", "Leder A", "Koordinator", "Leder A", "Leder A",
        }));
        // The retention plan the employee asked for was due on first day + 56 and the measure's follow-up in two
        // weeks; both fall after the return and the closing, so they no longer apply.
        Assert.That(details.Deadlines.Select(d => (d.Kind, d.Status, d.MetOn)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, DeadlineStatus.Met, (DateOnly?)firstDay.AddDays(3)),
            (DeadlineKind.FirstConversation, DeadlineStatus.Met, (DateOnly?)firstDay.AddDays(20)),
            (DeadlineKind.MunicipalityNotification, DeadlineStatus.Met, (DateOnly?)firstDay.AddDays(33)),
            (DeadlineKind.RoundTableMeeting, DeadlineStatus.Met, (DateOnly?)firstDay.AddDays(34)),
        }));
        Assert.That(details.Spells.Single().LastDay, Is.EqualTo(Today.AddDays(-2)), "the spell ends the day before the return");
        Assert.That(details.PreventionPlan!.Measures.Single().Responsible, Is.EqualTo("Leder A"));
        Assert.That(details.Conversations.Single().RetentionPlanRequested, Is.True);
        Assert.That(details.PermittedActions, Is.EqualTo(new[] { CaseTrigger.Reopen }));
    }

    [Test]
    public async Task ShouldCloseShortAbsenceOnReturn()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-2));

        var result = await Act(manager, caseId, "return", new { returnedOn = Today });

        Assert.That(result.Status, Is.EqualTo(CaseStatus.Closed));
        var details = await GetCase(manager, caseId);
        Assert.That(details.CloseReason, Is.EqualTo(CloseReason.ReturnedToWork));
        Assert.That(details.ClosedOn, Is.EqualTo(Today));
        Assert.That(details.Spells.Single().LastDay, Is.EqualTo(Today.AddDays(-1)));
        Assert.That(details.Deadlines, Is.Empty, "care contact and first conversation no longer apply once the case closed before them");
    }

    [Test]
    public async Task ShouldRefuseAnInvalidTransitionWithThePermittedActions()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));

        var response = await manager.PostJson($"/api/cases/{caseId}/prevention-plan", new
        {
            agreedOn = Today,
            measures = new[] { new { description = "x", responsible = "y", followUpOn = Today.AddDays(7) } },
        });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/invalid-transition"));
        Assert.That(problem.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()),
            Is.EquivalentTo(new[]
            {
                "RecordCareContact", "RecordRetentionPlanRequest", "RequestPossibilityStatement", "RequestDocumentation",
                "HoldFirstConversation", "RegisterGradualReturn", "RegisterReturn", "Close",
            }));
        Assert.That((await GetCase(manager, caseId)).Status, Is.EqualTo(CaseStatus.Reported), "nothing changed");
    }

    [Test]
    public async Task ShouldRefuseASecondRetentionPlanRequestAndNoLongerOfferIt()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));
        (await manager.PostJson($"/api/cases/{caseId}/retention-plan-request", new { requestedOn = Today.AddDays(-1) }))
            .EnsureSuccessStatusCode();

        var response = await manager.PostJson($"/api/cases/{caseId}/retention-plan-request", new { requestedOn = Today });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("unmetGuardCodes").EnumerateArray().Select(g => g.GetProperty("code").GetString()),
                Is.EqualTo(new[] { "guard.notAskedBefore" }));
            Assert.That(problem.GetProperty("unmetGuards").EnumerateArray().Select(g => g.GetString()),
                Is.EqualTo(new[] { "medarbejderen har ikke ønsket en plan før" }));
            Assert.That(problem.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()),
                Does.Not.Contain("RecordRetentionPlanRequest").And.Contains("RequestPossibilityStatement"));
        });
    }

    [Test]
    public async Task ShouldRefuseAConversationBeforeTheFirstSickDayNamingTheGuard()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));

        var response = await manager.PostJson($"/api/cases/{caseId}/first-conversation", new { heldOn = Today.AddDays(-4), form = "InPerson" });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("unmetGuardCodes").EnumerateArray().Select(g => g.GetProperty("code").GetString()),
                Is.EqualTo(new[] { "guard.heldWithinAbsence" }));
            Assert.That(problem.GetProperty("unmetGuards").EnumerateArray().Select(g => g.GetString()),
                Is.EqualTo(new[] { "samtalen skal være holdt fra første sygedag og ikke i fremtiden" }));
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("Hold første samtale er ikke mulig, når sagen har status Sygemeldt."));
        });
    }

    [TestCase("""{"agreedOn":"2026-03-16","measures":[null]}""", "measures[0]", TestName = "a null measure")]
    [TestCase("""{"agreedOn":"2026-03-16","measures":[]}""", "measures", TestName = "no measures")]
    [TestCase("""{"agreedOn":"2026-03-16","measures":[{"description":"x","followUpOn":"2026-03-20"}]}""", "measures[0].responsible", TestName = "a measure without a responsible person")]
    [TestCase("""{"agreedOn":"2026-03-16","measures":[{"description":"x","responsible":"y","followUpOn":"2026-03-15"}]}""", "measures[0]", TestName = "a follow-up before the plan")]
    [TestCase("""{"measures":[{"description":"x","responsible":"y","followUpOn":"2026-03-20"}]}""", "agreedOn", TestName = "no agreed date")]
    public async Task ShouldRejectABadPreventionPlanNamingTheField(string json, string field)
    {
        var coordinator = await World.Coordinator();
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        await coordinator.PostJson($"/api/cases/{caseId}/coordination", new { startedOn = Today });

        var response = await coordinator.PostRawJson($"/api/cases/{caseId}/prevention-plan", json);

        Assert.That(await response.FieldErrors(), Does.Contain(field));
        Assert.That((await GetCase(coordinator, caseId)).Status, Is.EqualTo(CaseStatus.Coordination));
    }

    [Test]
    public async Task ShouldAnswerPreconditionFailedForAStaleIfMatchAndAcceptTheCurrentOne()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));
        var get = await manager.GetAsync($"/api/cases/{caseId}");
        var etag = get.Headers.ETag!.Tag;
        await Act(manager, caseId, "care-contact", new { on = Today });

        var stale = await manager.PostJson($"/api/cases/{caseId}/first-conversation", new { heldOn = Today, form = "Phone" }, ifMatch: etag);
        await stale.Problem(HttpStatusCode.PreconditionFailed);

        var fresh = (await manager.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.Tag;
        var accepted = await manager.PostJson($"/api/cases/{caseId}/first-conversation", new { heldOn = Today, form = "Phone" }, ifMatch: fresh);
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(accepted.Headers.ETag!.Tag, Is.Not.EqualTo(fresh));
    }

    [Test]
    public async Task ShouldReopenARelapseWithinThirtyDays()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-20));
        await Act(manager, caseId, "return", new { returnedOn = Today.AddDays(-10) });

        var reopened = await Act(manager, caseId, "reopen", new { on = Today.AddDays(-5) });

        Assert.That(reopened.Status, Is.EqualTo(CaseStatus.Reported));
        var details = await GetCase(manager, caseId);
        Assert.That(details.Spells.Select(s => (s.FirstDay, s.LastDay)), Is.EqualTo(new (DateOnly, DateOnly?)[]
        {
            (Today.AddDays(-20), Today.AddDays(-11)),
            (Today.AddDays(-5), null),
        }));
    }

    [Test]
    public async Task ShouldNameTheUnmetGuardsWithTheirArgumentsInTheLanguageAsked()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-50));
        await Act(manager, caseId, "return", new { returnedOn = Today.AddDays(-40) });
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        var response = await manager.PostJson($"/api/cases/{caseId}/reopen", new { on = Today });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("Reopen case is not possible while the case is Closed."));
            Assert.That(problem.GetProperty("unmetGuards").EnumerateArray().Select(g => g.GetString()),
                Is.EqualTo(new[] { "closed no more than 30 days ago", "within 30 days of closing (relapse)" }));
            Assert.That(
                problem.GetProperty("unmetGuardCodes").EnumerateArray()
                    .Select(g => (g.GetProperty("code").GetString(), g.GetProperty("args").GetProperty("days").GetInt32())),
                Is.EqualTo(new[] { ("guard.closedRecently", 30), ("guard.relapse", 30) }));
        });
    }

    [Test]
    public async Task ShouldAnswerARuleOfTheCaseAsAConflictInTheRequestsLanguage()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-20));
        await Act(manager, caseId, "return", new { returnedOn = Today.AddDays(-10) });

        var response = await manager.PostJson($"/api/cases/{caseId}/reopen", new { on = Today.AddDays(-12) });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(),
            Is.EqualTo($"Fraværet dækker allerede {Today.AddDays(-12):dd.MM.yyyy}. Genåbn fra en senere dag."));
    }

    [Test]
    public async Task ShouldListCasesWithTheNextDeadline()
    {
        var manager = await World.ManagerA();
        await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-1));
        await ReportSickCall(manager, World.EmployeeA1, Today.AddDays(-30));

        var list = await (await manager.GetAsync("/api/cases?status=Reported")).Read<CaseList>();

        Assert.That(list.Total, Is.EqualTo(2));
        Assert.That(list.Items.Select(i => (i.Employee.Id, i.DaysAbsent, i.NextDeadline!.Kind, i.NextDeadline.DueDate, i.NextDeadline.Status)),
            Is.EqualTo(new[]
            {
                (World.EmployeeA, 2, DeadlineKind.CareContact, Today.AddDays(3), DeadlineStatus.Due),
                (World.EmployeeA1, 31, DeadlineKind.CareContact, Today.AddDays(-26), DeadlineStatus.Overdue),
            }));
    }

    [Test]
    public async Task ShouldListTheCasesInAnyOpenStateForTheOpenSuperstate()
    {
        var manager = await World.ManagerA();
        var reported = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));
        var conversation = await ReportSickCall(manager, World.EmployeeA1, Today.AddDays(-5));
        await Act(manager, conversation, "first-conversation", new { heldOn = Today, form = "InPerson" });
        var returned = await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-2));
        await Act(manager, returned, "return", new { returnedOn = Today });

        var list = await (await manager.GetAsync("/api/cases?status=Open")).Read<CaseList>();

        Assert.That(list.Items.Select(i => i.Id), Is.EquivalentTo(new[] { reported, conversation }));
    }

    [Test]
    public async Task ShouldPageTheCaseList()
    {
        var manager = await World.ManagerA();
        await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-1));
        await ReportSickCall(manager, World.EmployeeA1, Today.AddDays(-2));
        await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-3));

        var second = await (await manager.GetAsync("/api/cases?page=2&pageSize=2")).Read<CaseList>();

        Assert.That(second.Total, Is.EqualTo(3));
        Assert.That(second.Items.Select(i => i.Employee.Id), Is.EqualTo(new[] { World.EmployeeA2 }));
    }
}

using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Web.Tests.Ui;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// A case's permitted actions are the workflow's permitted triggers that the caller's role may fire (DESIGN.md
/// section 9): the manager's case work, the coordinator's coordination, all of it for HR.
/// </summary>
public sealed class PermittedActionsTests : UiTest
{
    /// <summary>Five weeks absent and still in Reported: the workflow permits both care work and coordination.</summary>
    private async Task<Guid> LongReportedCase() => await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-35));

    [Test]
    public async Task ShouldListForEachRoleOnlyTheActionsItMayTake()
    {
        var caseId = await LongReportedCase();

        var manager = (await GetCase(await World.ManagerA(), caseId)).PermittedActions;
        var coordinator = (await GetCase(await World.Coordinator(), caseId)).PermittedActions;
        var hr = (await GetCase(await World.Hr(), caseId)).PermittedActions;

        Assert.That(manager, Does.Contain(CaseTrigger.RecordCareContact).And.Contain(CaseTrigger.HoldFirstConversation).And.Contain(CaseTrigger.Close));
        Assert.That(manager, Does.Not.Contain(CaseTrigger.StartCoordination));
        Assert.That(coordinator, Is.EqualTo(new[] { CaseTrigger.StartCoordination }));
        Assert.That(hr, Is.EquivalentTo(manager.Union(coordinator)), "HR may take every action the workflow permits");
    }

    [Test]
    public async Task ShouldAnswerAnActionWithWhatTheCallerMayDoNext()
    {
        var caseId = await LongReportedCase();

        var response = await (await World.Coordinator()).PostJson($"/api/cases/{caseId}/coordination", new { startedOn = Today });
        var result = await response.Read<CaseActionResult>();
        var asHr = (await GetCase(await World.Hr(), caseId)).PermittedActions;

        Assert.That(asHr, Does.Contain(CaseTrigger.Close).And.Contain(CaseTrigger.RecordCareContact), "the workflow permits them");
        Assert.That(result.PermittedActions, Does.Not.Contain(CaseTrigger.Close).And.Not.Contain(CaseTrigger.RecordCareContact));
    }

    [Test]
    public async Task ShouldListOnlyTheCallersActionsWithARefusedTransition()
    {
        var caseId = await LongReportedCase();

        var response = await (await World.ManagerA()).PostJson($"/api/cases/{caseId}/reopen", new { on = Today });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        var offered = problem.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.That(offered, Does.Contain(nameof(CaseTrigger.Close)).And.Not.Contain(nameof(CaseTrigger.StartCoordination)));
    }

    [Test]
    public async Task ShouldShowEachRoleOnlyItsButtonsOnTheCasePage()
    {
        var caseId = await LongReportedCase();

        var manager = await (await SignIn(ManagerAEmail)).Get($"/cases/{caseId}");
        var coordinator = await (await SignIn(CoordinatorEmail)).Get($"/cases/{caseId}");

        Assert.That(manager.Links("ul.actions a"), Does.Contain("Registrer omsorgskontakt").And.Not.Contain("Start koordinering"));
        Assert.That(coordinator.Links("ul.actions a"), Is.EqualTo(new[] { "Start koordinering" }));
    }
}

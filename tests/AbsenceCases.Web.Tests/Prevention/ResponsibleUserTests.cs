using AbsenceCases.Application.Administration;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Prevention;

/// <summary>
/// A measure's responsible user finds the employee's name in their inbox, so it must be a user who may read the case:
/// a role that reads cases and a scope that covers it (DESIGN.md section 9, issue 11 point 4).
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ResponsibleUserTests(DatabaseProvider provider) : ApiTest(provider)
{
    private async Task<(HttpClient Coordinator, Guid CaseId)> CaseInCoordination()
    {
        var coordinator = await World.Coordinator();
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        await (await coordinator.PostJson($"/api/cases/{caseId}/coordination", new { startedOn = Today.AddDays(-5) })).Read<CaseActionResult>();
        return (coordinator, caseId);
    }

    private static object Plan(params string?[] responsibleUserIds) => new
    {
        agreedOn = Today,
        measures = responsibleUserIds.Select(userId => new { description = "Nedsat tid", responsible = "Ansvarlig", responsibleUserId = userId, followUpOn = Today.AddDays(14) }),
    };

    [Test]
    public async Task ShouldAcceptTheCasesManagerCoordinatorAndHrAsResponsible()
    {
        var (coordinator, caseId) = await CaseInCoordination();
        var hrId = (await UsersByEmail())["hr@test.local"];

        var response = await coordinator.PostJson($"/api/cases/{caseId}/prevention-plan", Plan(World.ManagerAId, World.CoordinatorId, hrId, null));

        await response.Read<CaseActionResult>();
        var measures = (await GetCase(coordinator, caseId)).PreventionPlan!.Measures;
        Assert.That(measures.Select(m => m.ResponsibleUserId), Is.EquivalentTo(new[] { World.ManagerAId, World.CoordinatorId, hrId, null }));
    }

    [Test]
    public async Task ShouldNameEachMeasureWhoseResponsibleUserMayNotReadTheCase()
    {
        var (coordinator, caseId) = await CaseInCoordination();
        var adminId = (await UsersByEmail())["admin@test.local"];

        var response = await coordinator.PostJson(
            $"/api/cases/{caseId}/prevention-plan", Plan(World.ManagerAId, World.ManagerBId, adminId, "no-such-user"));

        Assert.That(await response.FieldErrors(), Is.EquivalentTo(new[]
        {
            "measures[1].responsibleUserId", "measures[2].responsibleUserId", "measures[3].responsibleUserId",
        }));
        Assert.That((await GetCase(coordinator, caseId)).PreventionPlan, Is.Null, "nothing was agreed");
    }

    [Test]
    public async Task ShouldRefuseToAddOrMoveAMeasureToAUserOutsideTheCasesScope()
    {
        var (coordinator, caseId) = await CaseInCoordination();
        await (await coordinator.PostJson($"/api/cases/{caseId}/prevention-plan", Plan(World.ManagerAId))).Read<CaseActionResult>();
        var measureId = (await GetCase(coordinator, caseId)).PreventionPlan!.Measures.Single().Id;
        var measure = new { description = "Samtale", responsible = "Leder B", responsibleUserId = World.ManagerBId, followUpOn = Today.AddDays(7) };

        var added = await coordinator.PostJson($"/api/cases/{caseId}/prevention-plan/measures", measure);
        var moved = await coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/cases/{caseId}/prevention-plan/measures/{measureId}")
        {
            Content = JsonContent.Create(measure, options: Json.Options),
        });

        var problem = await added.Problem(HttpStatusCode.BadRequest);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { "responsibleUserId: caseCommand.responsibleMayNotRead" }));
        Assert.That(await moved.FieldErrors(), Is.EqualTo(new[] { "responsibleUserId" }));
        var measures = (await GetCase(coordinator, caseId)).PreventionPlan!.Measures;
        Assert.That(measures.Select(m => m.ResponsibleUserId), Is.EqualTo(new[] { World.ManagerAId }));
    }

    private async Task<Dictionary<string, string>> UsersByEmail() =>
        (await (await (await World.Admin()).GetAsync("/api/admin/users")).Read<List<UserDto>>()).ToDictionary(u => u.Email, u => u.Id);
}

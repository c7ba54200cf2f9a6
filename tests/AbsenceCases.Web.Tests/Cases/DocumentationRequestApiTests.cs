using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Cases;

/// <summary>Documentation asked of the doctor, through the API on a real database: asked for, listed, received, refused, audited.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class DocumentationRequestApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldListARequestWithThePolicysExpectedDayAndItsDeadline()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));

        var response = await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "PossibilityStatement", requestedOn = Today.AddDays(-1) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var details = await GetCase(manager, caseId);
        var request = details.DocumentationRequests.Single();
        // A possibility statement is expected 14 days after it was asked for (Policy:PossibilityStatementDays).
        Assert.That((request.Kind, request.RequestedOn, request.ExpectedBy, request.ReceivedOn, request.CostDkk), Is.EqualTo(
            (DocumentationKind.PossibilityStatement, Today.AddDays(-1), new DateOnly(2026, 3, 29), (DateOnly?)null, (decimal?)null)));
        Assert.That(details.Deadlines.Where(d => d.Kind == DeadlineKind.DocumentationRequest).Select(d => (d.DueDate, d.Status)),
            Is.EqualTo(new[] { (new DateOnly(2026, 3, 29), DeadlineStatus.Upcoming) }));
        Assert.That(details.PermittedActions, Does.Contain(CaseTrigger.RecordDocumentationReceived));
        Assert.That(details.History.Last().Action, Is.EqualTo(CaseHistoryAction.RequestDocumentation));
    }

    [Test]
    public async Task ShouldRecordTheReceiptWithItsCostAndMeetTheDeadline()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "FitNote", requestedOn = Today.AddDays(-3), expectedBy = Today.AddDays(-1) }))
            .EnsureSuccessStatusCode();
        var requestId = (await GetCase(manager, caseId)).DocumentationRequests.Single().Id;

        var response = await manager.PostJson(
            $"/api/cases/{caseId}/documentation-requests/{requestId}/received", new { receivedOn = Today, costDkk = 450.50m });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var details = await GetCase(manager, caseId);
        var request = details.DocumentationRequests.Single();
        Assert.That((request.ReceivedOn, request.CostDkk), Is.EqualTo(((DateOnly?)Today, (decimal?)450.50m)));
        Assert.That(details.Deadlines.Single(d => d.Kind == DeadlineKind.DocumentationRequest).Status, Is.EqualTo(DeadlineStatus.Met));
        Assert.That(details.PermittedActions, Does.Not.Contain(CaseTrigger.RecordDocumentationReceived), "nothing more is awaited");
        var audited = await World.InDatabase(db => db.AuditEntries.Where(a => a.CaseId == caseId).Select(a => a.Action).ToListAsync());
        Assert.That(audited, Does.Contain("RequestDocumentation").And.Contain("RecordDocumentationReceived"));
    }

    [Test]
    public async Task ShouldRecordDocumentationThatCameAfterTheCaseClosed()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-4));
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "FitNote", requestedOn = Today.AddDays(-2) }))
            .EnsureSuccessStatusCode();
        (await manager.PostJson($"/api/cases/{caseId}/return", new { returnedOn = Today.AddDays(-1) })).EnsureSuccessStatusCode();
        var closed = await GetCase(manager, caseId);

        var response = await manager.PostJson(
            $"/api/cases/{caseId}/documentation-requests/{closed.DocumentationRequests.Single().Id}/received", new { receivedOn = Today });

        Assert.That(closed.Status, Is.EqualTo(CaseStatus.Closed));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That((await GetCase(manager, caseId)).DocumentationRequests.Single().ReceivedOn, Is.EqualTo(Today));
    }

    [Test]
    public async Task ShouldNameTheFieldsOfABadRequest()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));

        var unknownKind = await (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "Diagnosis", requestedOn = Today }))
            .Problem(HttpStatusCode.BadRequest);
        var badDates = await (await manager.PostJson($"/api/cases/{caseId}/documentation-requests",
                new { kind = "StatusStatement", requestedOn = Today.AddDays(1), expectedBy = Today }))
            .Problem(HttpStatusCode.BadRequest);

        Assert.That(unknownKind.GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "kind" }));
        Assert.That(badDates.Codes(), Is.EquivalentTo(new[] { "requestedOn: field.inFuture", "expectedBy: documentation.expectedBeforeRequested" }));
        Assert.That((await GetCase(manager, caseId)).DocumentationRequests, Is.Empty);
    }

    [Test]
    public async Task ShouldRefuseAReceiptBeforeTheRequestANegativeCostAndAnUnknownRequest()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "DurationStatement", requestedOn = Today.AddDays(-2) }))
            .EnsureSuccessStatusCode();
        var requestId = (await GetCase(manager, caseId)).DocumentationRequests.Single().Id;
        var received = $"/api/cases/{caseId}/documentation-requests/{requestId}/received";

        var beforeRequest = await (await manager.PostJson(received, new { receivedOn = Today.AddDays(-3) })).Problem(HttpStatusCode.Conflict);
        var negative = await (await manager.PostJson(received, new { receivedOn = Today, costDkk = -1 })).Problem(HttpStatusCode.BadRequest);
        var unknown = await (await manager.PostJson($"/api/cases/{caseId}/documentation-requests/{requestId + 1}/received", new { receivedOn = Today }))
            .Problem(HttpStatusCode.Conflict);

        Assert.That(beforeRequest.Codes(), Is.EqualTo(new[] { "receivedOn: case.receivedBeforeRequested(requestedOn: 2026-03-14)" }));
        Assert.That(negative.Codes(), Is.EqualTo(new[] { "costDkk: field.outOfRange(min: 0, max: 100000)" }));
        Assert.That(unknown.Codes(), Is.EqualTo(new[] { $"case.noSuchDocumentationRequest(requestId: {requestId + 1})" }));
        Assert.That((await GetCase(manager, caseId)).DocumentationRequests.Single().ReceivedOn, Is.Null);
    }

    [Test]
    public async Task ShouldLetHrActAndACoordinatorOnlyRead()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-10));
        var coordinator = await World.Coordinator();

        var byHr = await (await World.Hr()).PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "FitNote", requestedOn = Today });
        var byCoordinator = await coordinator.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "FitNote", requestedOn = Today });
        var byOtherManager = await (await World.ManagerB()).PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "FitNote", requestedOn = Today });

        Assert.That(byHr.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(byCoordinator.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(byOtherManager.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await GetCase(coordinator, caseId)).DocumentationRequests, Has.Count.EqualTo(1));
    }
}

using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Prevention;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class PreventionPlanApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldAddEditCompleteAndDropMeasures()
    {
        var (coordinator, caseId) = await CaseWithPlan();
        var plan = (await GetCase(coordinator, caseId)).PreventionPlan!;
        var first = plan.Measures.Single();

        await Act(coordinator, HttpMethod.Post, $"{caseId}/prevention-plan/measures",
            new { description = "Samtale med arbejdsmiljørepræsentant", responsible = "Koordinator", responsibleUserId = World.CoordinatorId, followUpOn = Today.AddDays(7) });
        await Act(coordinator, HttpMethod.Put, $"{caseId}/prevention-plan/measures/{first.Id}",
            new { description = "Nedsat tid i seks uger", responsible = "Leder A", followUpOn = Today.AddDays(21) });
        await Act(coordinator, HttpMethod.Post, $"{caseId}/prevention-plan/measures/{first.Id}/complete", new { completedOn = Today, outcome = "Fuld tid igen" });
        var details = await GetCase(coordinator, caseId);
        var second = details.PreventionPlan!.Measures.Single(m => m.Id != first.Id);
        await Act(coordinator, HttpMethod.Post, $"{caseId}/prevention-plan/measures/{second.Id}/drop", new { outcome = "Ikke længere relevant" });

        var measures = (await GetCase(coordinator, caseId)).PreventionPlan!.Measures.OrderBy(m => m.Id).ToList();
        Assert.That(measures.Select(m => (m.Description, m.Status, m.CompletedOn, m.OutcomeNote)), Is.EqualTo(new (string, MeasureStatus, DateOnly?, string?)[]
        {
            ("Nedsat tid i seks uger", MeasureStatus.Done, Today, "Fuld tid igen"),
            ("Samtale med arbejdsmiljørepræsentant", MeasureStatus.Dropped, null, "Ikke længere relevant"),
        }));
        var followUp = (await GetCase(coordinator, caseId)).Deadlines.Single(d => d.Kind == DeadlineKind.MeasureFollowUp);
        Assert.That((followUp.MeasureId, followUp.Status, followUp.MetOn), Is.EqualTo(((int?)first.Id, DeadlineStatus.Met, (DateOnly?)Today)));
    }

    [Test]
    public async Task ShouldRefuseAStaleEditOfThePlan()
    {
        var (coordinator, caseId) = await CaseWithPlan();
        var stale = (await coordinator.GetAsync($"/api/cases/{caseId}")).Headers.ETag!.Tag;
        var measureId = (await GetCase(coordinator, caseId)).PreventionPlan!.Measures.Single().Id;
        await Act(coordinator, HttpMethod.Post, $"{caseId}/prevention-plan/measures",
            new { description = "Nyt tiltag", responsible = "Leder A", followUpOn = Today.AddDays(7) });

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/cases/{caseId}/prevention-plan/measures/{measureId}")
        {
            Content = JsonContent.Create(new { description = "Ændret", responsible = "Leder A", followUpOn = Today.AddDays(9) }, options: Json.Options),
        };
        request.Headers.TryAddWithoutValidation("If-Match", stale);
        var response = await coordinator.SendAsync(request);

        await response.Problem(HttpStatusCode.PreconditionFailed);
        Assert.That((await GetCase(coordinator, caseId)).PreventionPlan!.Measures.Select(m => m.Description), Does.Not.Contain("Ændret"));
    }

    [Test]
    public async Task ShouldRefuseToCompleteAMeasureTwice()
    {
        var (coordinator, caseId) = await CaseWithPlan();
        var measureId = (await GetCase(coordinator, caseId)).PreventionPlan!.Measures.Single().Id;
        await Act(coordinator, HttpMethod.Post, $"{caseId}/prevention-plan/measures/{measureId}/complete", new { completedOn = Today });

        var again = await coordinator.PostJson($"/api/cases/{caseId}/prevention-plan/measures/{measureId}/complete", new { completedOn = Today });

        await again.Problem(HttpStatusCode.Conflict);
    }

    [TestCase("""{"responsible":"x","followUpOn":"2026-03-20"}""", "description", TestName = "a measure without a description")]
    [TestCase("""{"description":"x","followUpOn":"2026-03-20"}""", "responsible", TestName = "a measure without a responsible person")]
    [TestCase("""{"description":"x","responsible":"y"}""", "followUpOn", TestName = "a measure without a follow-up date")]
    [TestCase("""{"description":"x","responsible":"y","followUpOn":"2026-03-15"}""", "followUpOn", TestName = "a follow-up in the past")]
    public async Task ShouldRejectABadMeasureNamingTheField(string json, string field)
    {
        var (coordinator, caseId) = await CaseWithPlan();

        var response = await coordinator.PostRawJson($"/api/cases/{caseId}/prevention-plan/measures", json);

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task ShouldRemindTheResponsibleUserOfAFollowUpAndOtherwiseTheManager()
    {
        var (coordinator, caseId) = await CaseWithPlan(followUpIn: 2);
        await Act(coordinator, HttpMethod.Post, $"{caseId}/prevention-plan/measures",
            new { description = "Opfølgende samtale", responsible = "Koordinator", responsibleUserId = World.CoordinatorId, followUpOn = Today.AddDays(3) });

        await (await (await World.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();

        var coordinatorInbox = await (await coordinator.GetAsync("/api/notifications")).Read<List<NotificationView>>();
        var managerInbox = await (await (await World.ManagerA()).GetAsync("/api/notifications")).Read<List<NotificationView>>();
        Assert.That(coordinatorInbox.Where(n => n.DeadlineKind == DeadlineKind.MeasureFollowUp).Select(n => (n.Kind, n.DueDate)),
            Is.EqualTo(new[] { (NotificationKind.DeadlineDue, (DateOnly?)Today.AddDays(3)) }));
        Assert.That(managerInbox.Where(n => n.DeadlineKind == DeadlineKind.MeasureFollowUp).Select(n => (n.Kind, n.DueDate)),
            Is.EqualTo(new[] { (NotificationKind.DeadlineDue, (DateOnly?)Today.AddDays(2)) }));
    }

    private async Task<(HttpClient Coordinator, Guid CaseId)> CaseWithPlan(int followUpIn = 14)
    {
        var coordinator = await World.Coordinator();
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        await coordinator.PostJson($"/api/cases/{caseId}/coordination", new { startedOn = Today.AddDays(-5) });
        await (await coordinator.PostJson($"/api/cases/{caseId}/prevention-plan", new
        {
            agreedOn = Today,
            measures = new[] { new { description = "Nedsat tid", responsible = "Leder A", followUpOn = Today.AddDays(followUpIn) } },
        })).Read<CaseActionResult>();
        return (coordinator, caseId);
    }

    private static async Task Act(HttpClient client, HttpMethod method, string path, object body)
    {
        var response = await client.SendAsync(new HttpRequestMessage(method, $"/api/cases/{path}") { Content = JsonContent.Create(body, options: Json.Options) });
        await response.Read<CaseActionResult>();
    }
}

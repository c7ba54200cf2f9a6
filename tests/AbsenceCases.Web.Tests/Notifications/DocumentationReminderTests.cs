using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Notifications;

/// <summary>A documentation request reminds once it is late and not received: the manager, once, however long it stays late.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class DocumentationReminderTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldRemindTheManagerOnceOfALateDocumentationRequest()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));
        // A fit note is expected 7 days after it was asked for (Policy:FitNoteDays): by 23 March.
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "FitNote", requestedOn = Today }))
            .EnsureSuccessStatusCode();

        PassDays(5);
        await RunJob();
        var whileDue = await DocumentationReminders(await World.ManagerA());
        PassDays(3);
        await RunJob();
        await RunJob();
        PassDays(10);
        await RunJob();

        Assert.That(whileDue, Is.Empty, "within the lead time nobody is reminded: it is not late yet");
        var reminded = await DocumentationReminders(await World.ManagerA());
        Assert.That(reminded.Select(n => (n.Kind, n.CaseId, n.DueDate)), Is.EqualTo(new[]
        {
            (NotificationKind.DeadlineOverdue, (Guid?)caseId, (DateOnly?)new DateOnly(2026, 3, 23)),
        }));
        Assert.That(await DocumentationReminders(await World.Coordinator()), Is.Empty);
        Assert.That(await DocumentationReminders(await World.Hr()), Is.Empty);
    }

    [Test]
    public async Task ShouldNotRemindOfDocumentationReceivedInTime()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "StatusStatement", requestedOn = Today, expectedBy = Today.AddDays(2) }))
            .EnsureSuccessStatusCode();
        var requestId = (await GetCase(manager, caseId)).DocumentationRequests.Single().Id;
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests/{requestId}/received", new { receivedOn = Today }))
            .EnsureSuccessStatusCode();

        PassDays(5);
        await RunJob();

        Assert.That(await DocumentationReminders(await World.ManagerA()), Is.Empty);
    }

    private void PassDays(int days)
    {
        Factory.Time.Advance(TimeSpan.FromDays(days));
        World.ForgetTokens();
    }

    private async Task RunJob() =>
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();

    private static async Task<List<NotificationView>> DocumentationReminders(HttpClient client) =>
        (await (await client.GetAsync("/api/notifications")).Read<List<NotificationView>>())
            .Where(n => n.DeadlineKind == DeadlineKind.DocumentationRequest)
            .ToList();
}

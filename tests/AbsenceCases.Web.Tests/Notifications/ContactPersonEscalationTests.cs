using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Notifications;

/// <summary>
/// Where a workplace has a contact person, an overdue deadline is escalated to them after the escalation period
/// (Policy:EscalateToHrAfterDays, 7) and to HR at large only Policy:ContactPersonBeforeHrDays (7) days later.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ContactPersonEscalationTests(DatabaseProvider provider) : SmtpApiTest(provider)
{
    [Test]
    public async Task ShouldEscalateToTheContactPersonOnceAndToHrAtLargeSevenDaysLater()
    {
        var hr = await World.Hr();
        (await hr.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.CoordinatorId })).EnsureSuccessStatusCode();
        var firstDay = Today.AddDays(-39);
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, firstDay);

        var first = await RunJob();
        var second = await RunJob();

        // Due dates: care contact day 5 (35 days ago), § 7a conversation day 29 (11 days ago), § 59 and round table
        // day 36 (4 days ago). Overdue more than 7 days: the first two reach the contact person; more than 14: only
        // the care contact reaches HR at large.
        var contact = (await Inbox(await World.Coordinator())).Where(n => n.Kind == NotificationKind.DeadlineEscalatedToContact);
        Assert.That(contact.Select(n => n.DueDate), Is.EquivalentTo(new DateOnly?[] { firstDay.AddDays(4), firstDay.AddDays(28) }));
        Assert.That((await Inbox(hr)).Select(n => (n.Kind, n.DueDate)), Is.EqualTo(new[] { (NotificationKind.DeadlineEscalated, (DateOnly?)firstDay.AddDays(4)) }));
        Assert.That(second.Counts["reminders"], Is.Zero, "each escalation is sent once");
        Assert.That(first.Counts["reminders"], Is.EqualTo(4 + 4 + 2 + 1), "manager and group 4 each (one person each), contact person 2, HR 1");
    }

    [Test]
    public async Task ShouldEscalateToHrAtLargeAfterTheUsualPeriodWhenTheContactPersonIsBlocked()
    {
        var hr = await World.Hr();
        (await hr.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.CoordinatorId })).EnsureSuccessStatusCode();
        (await (await World.Admin()).PutAsJsonAsync($"/api/admin/users/{World.CoordinatorId}", new
        {
            displayName = "Koordinator", roles = new[] { "Coordinator" }, managedUnitIds = Array.Empty<int>(), blocked = true,
        }, Json.Options)).EnsureSuccessStatusCode();
        var firstDay = Today.AddDays(-39);
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, firstDay);

        await RunJob();

        // Nobody to escalate to first: HR at large hears of both deadlines overdue more than 7 days, as without one.
        Assert.That((await Inbox(hr)).Select(n => (n.Kind, n.DueDate)), Is.EquivalentTo(new[]
        {
            (NotificationKind.DeadlineEscalated, (DateOnly?)firstDay.AddDays(4)),
            (NotificationKind.DeadlineEscalated, (DateOnly?)firstDay.AddDays(28)),
        }));
    }

    [Test]
    public async Task ShouldEscalateToHrAtLargeAfterTheUsualPeriodWhenTheContactPersonNoLongerReadsTheUnitsCases()
    {
        var hr = await World.Hr();
        (await hr.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.CoordinatorId })).EnsureSuccessStatusCode();
        (await (await World.Admin()).PutAsJsonAsync($"/api/admin/users/{World.CoordinatorId}", new
        {
            displayName = "Koordinator", roles = new[] { "Manager" }, managedUnitIds = new[] { World.UnitB }, blocked = false,
        }, Json.Options)).EnsureSuccessStatusCode();
        var firstDay = Today.AddDays(-39);
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, firstDay);

        await RunJob();

        // No longer a coordinator, they would learn of workplace A's case through the escalation: HR at large gets it.
        Assert.That(await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(
            db.Notifications, n => n.Kind == NotificationKind.DeadlineEscalatedToContact)), Is.Zero);
        Assert.That((await Inbox(hr)).Select(n => (n.Kind, n.DueDate)), Is.EquivalentTo(new[]
        {
            (NotificationKind.DeadlineEscalated, (DateOnly?)firstDay.AddDays(4)),
            (NotificationKind.DeadlineEscalated, (DateOnly?)firstDay.AddDays(28)),
        }));
    }

    private async Task<JobResult> RunJob() =>
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();

    private static async Task<List<NotificationView>> Inbox(HttpClient client) =>
        await (await client.GetAsync("/api/notifications")).Read<List<NotificationView>>();
}

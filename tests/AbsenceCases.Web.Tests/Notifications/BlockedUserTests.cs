using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Notifications;

/// <summary>A blocked user gets no reminders and no weekly agenda, neither in the inbox nor by e-mail.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class BlockedUserTests(DatabaseProvider provider) : SmtpApiTest(provider)
{
    [Test]
    public async Task ShouldSendABlockedManagerNoReminderAndTheGroupHearsInstead()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-2));
        await Block(World.ManagerAId, "Leder A", "Manager", [World.UnitA]);

        await RunJob("dispatch-reminders");

        Assert.That(await InboxCountOf(World.ManagerAId), Is.Zero);
        Assert.That(await InboxCountOf(World.CoordinatorId), Is.EqualTo(1), "the care contact, due in 2 days");
        Assert.That(Smtp.Received.Select(m => m.To[0]), Is.EqualTo(new[] { "koordinator@test.local" }));
    }

    [Test]
    public async Task ShouldSendABlockedMemberNoWeeklyAgenda()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        await Block(World.CoordinatorId, "Koordinator", "Coordinator", []);

        var run = await RunJob("weekly-review-agenda");

        Assert.That(run.Counts["agendas"], Is.Zero);
        Assert.That(await World.InDatabase(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.WeeklyReviewAgenda)), Is.Zero);
        Assert.That(Smtp.Received, Is.Empty);
    }

    private async Task Block(string userId, string name, string role, int[] units)
    {
        var response = await (await World.Admin()).PutAsJsonAsync($"/api/admin/users/{userId}", new
        {
            displayName = name, roles = new[] { role }, managedUnitIds = units, blocked = true,
        }, Json.Options);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private Task<int> InboxCountOf(string userId) => World.InDatabase(db => db.Notifications.CountAsync(n => n.UserId == userId));

    private async Task<JobResult> RunJob(string name) =>
        await (await (await World.Admin()).PostAsync($"/api/admin/jobs/{name}/run", null)).Read<JobResult>();
}

using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Coordination;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class WeeklyAgendaTests(DatabaseProvider provider) : SmtpApiTest(provider)
{
    [Test]
    public async Task ShouldSendEachMemberTheBoardOnceAWeek()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        var admin = await World.Admin();

        var first = await (await admin.PostAsync("/api/admin/jobs/weekly-review-agenda/run", null)).Read<JobResult>();
        var again = await (await admin.PostAsync("/api/admin/jobs/weekly-review-agenda/run", null)).Read<JobResult>();

        Assert.That((first.Counts["agendas"], again.Counts["agendas"]), Is.EqualTo((1, 0)));
        var inbox = await (await (await World.Coordinator()).GetAsync("/api/notifications")).Read<List<NotificationView>>();
        Assert.That(inbox.Single().Kind, Is.EqualTo(NotificationKind.WeeklyReviewAgenda));
        Assert.That(inbox.Single().Message, Is.EqualTo("Dagsorden for Gruppe A: sager til ugens sagsgennemgang: 1."));
        var mail = Smtp.Received.Single();
        Assert.That(mail.To, Is.EqualTo(new[] { "koordinator@test.local" }));
        Assert.That(mail.Subject, Is.EqualTo("Dagsorden for sagsgennemgang: Gruppe A, uge 12"));
        // First day 40 days ago, on 4 February: care contact was due on day 5, 8 February.
        Assert.That(mail.Body, Does.Contain("ugens sagsgennemgang (1):").And.Contain("- Omsorgskontakt: frist overskredet (08.02.2026), ").And.Not.Contain("Anna"));
    }
}

using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Notifications;

/// <summary>Reminders reach the inbox and the SMTP server exactly once, however often and wherever the job runs.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ReminderTests(DatabaseProvider provider) : SmtpApiTest(provider)
{
    [Test]
    public async Task ShouldShowABackdated40DaySickCallsLegalDeadlinesAsOverdueAndRemindTheManager()
    {
        var manager = await World.ManagerA();
        // Day 40 is today, so the first day is today - 39.
        var firstDay = Today.AddDays(-39);
        var caseId = await ReportSickCall(manager, World.EmployeeA, firstDay);

        var deadlines = (await GetCase(manager, caseId)).Deadlines;
        Assert.That(deadlines.Select(d => (d.Kind, d.DueDate, d.Status)), Is.EqualTo(new[]
        {
            (DeadlineKind.CareContact, firstDay.AddDays(4), DeadlineStatus.Overdue),
            (DeadlineKind.FirstConversation, firstDay.AddDays(28), DeadlineStatus.Overdue),
            (DeadlineKind.MunicipalityNotification, firstDay.AddDays(35), DeadlineStatus.Overdue),
            (DeadlineKind.RoundTableMeeting, firstDay.AddDays(35), DeadlineStatus.Overdue),
        }));

        await RunJob("dispatch-reminders");

        var inbox = await Inbox(manager);
        Assert.That(inbox.Select(n => (n.Kind, n.CaseId, n.DueDate)), Is.EquivalentTo(new[]
        {
            (NotificationKind.DeadlineOverdue, (Guid?)caseId, (DateOnly?)firstDay.AddDays(4)),
            (NotificationKind.DeadlineOverdue, (Guid?)caseId, (DateOnly?)firstDay.AddDays(28)),
            (NotificationKind.DeadlineOverdue, (Guid?)caseId, (DateOnly?)firstDay.AddDays(35)),
            (NotificationKind.DeadlineOverdue, (Guid?)caseId, (DateOnly?)firstDay.AddDays(35)),
        }));
        Assert.That(inbox.Select(n => n.DeadlineKind), Is.EquivalentTo(new DeadlineKind?[]
        {
            DeadlineKind.CareContact, DeadlineKind.FirstConversation, DeadlineKind.MunicipalityNotification, DeadlineKind.RoundTableMeeting,
        }));
        Assert.That(inbox.Single(n => n.DeadlineKind == DeadlineKind.FirstConversation).Message,
            Is.EqualTo("Fristen er overskredet: Sygefraværssamtale (§ 7a) for Anna Andersen (Børnehuset A) senest 05.03.2026."));
    }

    [Test]
    public async Task ShouldAnswerTheInboxInTheRequestsLanguageWithTheDeadlineKind()
    {
        var manager = await World.ManagerA();
        await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-39));
        await RunJob("dispatch-reminders");
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");

        var json = await (await manager.GetAsync("/api/notifications")).Read<System.Text.Json.JsonElement>();

        var conversation = json.EnumerateArray().Single(n => n.GetProperty("deadlineKind").GetString() == "FirstConversation");
        Assert.That(conversation.GetProperty("kind").GetString(), Is.EqualTo("DeadlineOverdue"));
        Assert.That(conversation.GetProperty("message").GetString(),
            Is.EqualTo("Deadline passed: Absence conversation (§ 7a) for Anna Andersen (Børnehuset A) by 05/03/2026."));
    }

    [Test]
    public async Task ShouldNameEachDeadlineInTheEmailAsTheCasePageNamesIt()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-39));
        await RunJob("dispatch-reminders");

        var page = await (await Ui.UiSession.SignedIn(Factory, "leder.a@test.local")).Get($"/cases/{caseId}");

        var onThePage = page.Document.QuerySelectorAll("tr.deadline--overdue th").Select(th => th.TextContent).ToList();
        var inTheSubjects = Smtp.Received.Where(m => m.To[0] == "leder.a@test.local")
            .Select(m => System.Text.RegularExpressions.Regex.Match(m.Subject, "^Fristen er overskredet: (.+) senest ").Groups[1].Value)
            .ToList();
        Assert.That(onThePage, Does.Contain("Anmeldelse til kommunen (§ 59, NemRefusion)"));
        Assert.That(inTheSubjects, Is.EquivalentTo(onThePage));
    }

    [Test]
    public async Task ShouldEscalateOverdueDeadlinesToTheGroupAndAfterSevenMoreDaysToHr()
    {
        var firstDay = Today.AddDays(-39);
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, firstDay);

        await RunJob("dispatch-reminders");

        // The coordination group hears of all four overdue deadlines; HR only of those overdue more than 7 days:
        // care contact (due 35 days ago) and the first conversation (due 11 days ago), not the two due 4 days ago.
        Assert.That(await Inbox(await World.Coordinator()), Has.Count.EqualTo(4));
        var hr = await Inbox(await World.Hr());
        Assert.That(hr.Select(n => (n.Kind, n.DueDate)), Is.EquivalentTo(new[]
        {
            (NotificationKind.DeadlineEscalated, (DateOnly?)firstDay.AddDays(4)),
            (NotificationKind.DeadlineEscalated, (DateOnly?)firstDay.AddDays(28)),
        }));
        Assert.That(await Inbox(await World.ManagerB()), Is.Empty);
    }

    [Test]
    public async Task ShouldSendEachReminderOnceWhenTheJobRunsTwiceAndAfterARestart()
    {
        var manager = await World.ManagerA();
        // Care contact is due in 2 days, inside the 3-day lead time: one reminder to the manager.
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-2));

        var first = await RunJob("dispatch-reminders");
        var second = await RunJob("dispatch-reminders");
        await Factory.DisposeAsync();
        var restarted = Factory.Restarted();
        await using (restarted)
        {
            var admin = await SignIn(restarted, "admin@test.local");
            var third = await (await admin.PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();
            Assert.That((first.Counts["reminders"], second.Counts["reminders"], third.Counts["reminders"]), Is.EqualTo((1, 0, 0)));
            var inbox = await (await (await SignIn(restarted, "leder.a@test.local")).GetAsync("/api/notifications")).Read<List<NotificationView>>();
            Assert.That(inbox.Select(n => (n.Kind, n.CaseId)), Is.EqualTo(new[] { (NotificationKind.DeadlineDue, (Guid?)caseId) }));
        }

        var mail = Smtp.Received.Single();
        Assert.That(mail.To, Is.EqualTo(new[] { "leder.a@test.local" }));
        Assert.That(mail.Subject, Is.EqualTo("Påmindelse: Omsorgskontakt senest 18.03.2026"));
        Assert.That(mail.Body, Does.Contain($"http://localhost:5080/cases/{caseId}").And.Contain("Lokal politik: omsorgskontakt senest dag 5"));
        Assert.That(mail.Body, Does.Not.Contain("Anna").And.Not.Contain("Andersen"), "no names in e-mail");
    }

    [Test]
    public async Task ShouldNotDuplicateRemindersWhenTwoProcessesDispatchAtOnce()
    {
        var manager = await World.ManagerA();
        await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-2));
        await ReportSickCall(manager, World.EmployeeA1, Today.AddDays(-39));
        await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-30));
        var second = Factory.Restarted();
        await using (second)
        {
            var adminOne = await World.Admin();
            var adminTwo = await SignIn(second, "admin@test.local");

            for (var round = 0; round < 3; round++)
            {
                var runs = await Task.WhenAll(
                    adminOne.PostAsync("/api/admin/jobs/dispatch-reminders/run", null),
                    adminTwo.PostAsync("/api/admin/jobs/dispatch-reminders/run", null));
                Assert.That(runs.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK), await runs[0].Content.ReadAsStringAsync() + await runs[1].Content.ReadAsStringAsync());
            }
        }

        var reminders = await World.InDatabase(db => db.Reminders.ToListAsync());
        var notifications = await World.InDatabase(db => db.Notifications.CountAsync());
        Assert.That(reminders, Is.Not.Empty);
        Assert.That(reminders.Select(r => r.Key).Distinct().Count(), Is.EqualTo(reminders.Count));
        Assert.That(notifications, Is.EqualTo(reminders.Count), "one inbox item per reminder");
        var mails = Smtp.Received.Select(m => (m.To[0], m.Subject)).ToList();
        Assert.That(mails, Is.Unique);
        Assert.That(mails, Has.Count.EqualTo(await World.InDatabase(db => db.EmailMessages.CountAsync())));
    }

    [Test]
    public async Task ShouldRetryAnEmailWithBackOffUntilTheServerTakesIt()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-2));
        Smtp.Refusing = true;

        var refused = await RunJob("dispatch-reminders");
        var tooSoon = await RunJob("dispatch-reminders");
        Smtp.Refusing = false;
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        var accepted = await RunJob("dispatch-reminders");

        Assert.That((refused.Counts["emailsFailed"], tooSoon.Counts["emailsFailed"] + tooSoon.Counts["emailsSent"], accepted.Counts["emailsSent"]),
            Is.EqualTo((1, 0, 1)), "the second run waits for the back-off of one minute");
        Assert.That(Smtp.Received, Has.Count.EqualTo(1));
        var message = await World.InDatabase(db => db.EmailMessages.SingleAsync());
        Assert.That((message.Attempts, message.SentAt), Is.EqualTo((2, (DateTimeOffset?)AbsenceCasesFactory.DefaultNow.AddMinutes(1))));
    }

    [Test]
    public async Task ShouldSetAsideAnEmailWithAMalformedAddressAndSendTheOthers()
    {
        await World.InDatabase(async db =>
        {
            db.EmailMessages.Add(new EmailMessage("ikke en adresse", "Frist", "Tekst", AbsenceCasesFactory.DefaultNow.AddHours(-1)));
            await db.SaveChangesAsync();
            return 0;
        });
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-2));

        var run = await RunJob("dispatch-reminders");

        Assert.That((run.Counts["emailsSent"], run.Counts["emailsFailed"]), Is.EqualTo((1, 1)));
        Assert.That(Smtp.Received.Select(m => m.To[0]), Is.EqualTo(new[] { "leder.a@test.local" }));
        var malformed = await World.InDatabase(db => db.EmailMessages.SingleAsync(m => m.To == "ikke en adresse"));
        Assert.That((malformed.Attempts, malformed.SentAt), Is.EqualTo((1, (DateTimeOffset?)null)));
    }

    [Test]
    public async Task ShouldRemindTheResponsiblePersonOnlyWithinTheLeadTime()
    {
        var manager = await World.ManagerA();
        // Care contact due in 4 days: one day before the 3-day lead time.
        await ReportSickCall(manager, World.EmployeeA, Today);

        await RunJob("dispatch-reminders");
        var before = await Inbox(manager);
        Factory.Time.Advance(TimeSpan.FromDays(1));
        World.ForgetTokens();
        await RunJob("dispatch-reminders");
        var after = await Inbox(await World.ManagerA());

        Assert.That(before, Is.Empty);
        Assert.That(after.Select(n => (n.Kind, n.DueDate)), Is.EqualTo(new[] { (NotificationKind.DeadlineDue, (DateOnly?)Today.AddDays(4)) }));
    }

    [Test]
    public async Task ShouldMarkAnInboxItemRead()
    {
        var manager = await World.ManagerA();
        await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-2));
        await RunJob("dispatch-reminders");
        var item = (await Inbox(manager)).Single();

        var read = await (await manager.PostAsync($"/api/notifications/{item.Id}/read", null)).Read<NotificationView>();

        Assert.That(read.ReadAt, Is.EqualTo(AbsenceCasesFactory.DefaultNow));
        Assert.That(await (await manager.GetAsync("/api/notifications?unread=true")).Read<List<NotificationView>>(), Is.Empty);
        Assert.That(await (await manager.GetAsync("/api/notifications")).Read<List<NotificationView>>(), Has.Count.EqualTo(1));
        await (await (await World.ManagerB()).PostAsync($"/api/notifications/{item.Id}/read", null)).Problem(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldLetOnlyAnAdminRunAJob()
    {
        await (await (await World.Hr()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/no-such-job/run", null)).Problem(HttpStatusCode.NotFound);
    }

    private async Task<JobResult> RunJob(string name) =>
        await (await (await World.Admin()).PostAsync($"/api/admin/jobs/{name}/run", null)).Read<JobResult>();

    private static async Task<List<NotificationView>> Inbox(HttpClient client) =>
        await (await client.GetAsync("/api/notifications")).Read<List<NotificationView>>();

    private static async Task<HttpClient> SignIn(AbsenceCasesFactory factory, string email)
    {
        var login = await (await factory.CreateClient().PostJson("/api/auth/login", new { email, password = TestWorld.Password }))
            .Read<System.Text.Json.JsonElement>();
        return factory.CreateClient().WithBearer(login.GetProperty("accessToken").GetString()!);
    }
}

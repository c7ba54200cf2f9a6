using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Measurements;

/// <summary>
/// A follow-up's deadlines remind like a case's: within the 3 days' lead a reminder, from the day after the deadline an
/// Overdue one, each once however often the job runs; to the workplace's manager, or to a measure's responsible user.
/// Still overdue after 7 days (Policy:EscalateToHrAfterDays) the workplace's contact person hears of it, and HR at large
/// 7 days (Policy:ContactPersonBeforeHrDays) later; a workplace without one goes to HR at large after the 7 days.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class FollowUpReminderTests(DatabaseProvider provider) : SmtpApiTest(provider)
{
    [Test]
    public async Task ShouldRemindTheManagerOnceOfTheTeamDiscussionAndOnceWhenItIsOverdue()
    {
        // Published 17.02: the team discussion is due 30 days later, 19.03 — today, 16.03, is the first of the 3 days' lead.
        var measurement = await Published(new DateOnly(2026, 2, 17));
        await RunJob();
        await RunJob();
        var due = await FollowUpInbox(await World.ManagerA());
        Advance(days: 3);
        await RunJob();
        var stillDue = await FollowUpInbox(await World.ManagerA());
        Advance(days: 1);
        await RunJob();
        await RunJob();
        var overdue = await FollowUpInbox(await World.ManagerA());

        var teamDiscussion = (NotificationKind.DeadlineDue, (DateOnly?)new DateOnly(2026, 3, 19), (int?)measurement, (int?)World.UnitA);
        Assert.That(due.Select(n => (n.Kind, n.DueDate, n.MeasurementId, n.UnitId)), Is.EqualTo(new[] { teamDiscussion }));
        Assert.That(due.Single().Message, Is.EqualTo("Påmindelse: Drøftelse i teamet efter Social kapital 2026 på Børnehuset A senest 19.03.2026."));
        Assert.That(stillDue, Has.Count.EqualTo(1), "on the deadline itself nothing new");
        Assert.That(overdue.Select(n => (n.Kind, n.DueDate)), Is.EquivalentTo(new[]
        {
            (NotificationKind.DeadlineDue, (DateOnly?)new DateOnly(2026, 3, 19)),
            (NotificationKind.DeadlineOverdue, (DateOnly?)new DateOnly(2026, 3, 19)),
        }));
        var mails = Smtp.Received.Where(m => m.To[0] == "leder.a@test.local").Select(m => m.Subject).ToList();
        Assert.That(mails, Is.EqualTo(new[]
        {
            "Påmindelse: Drøftelse i teamet efter målingen senest 19.03.2026",
            "Fristen er overskredet: Drøftelse i teamet efter målingen senest 19.03.2026",
        }));
        Assert.That(await World.InDatabase(db => db.FollowUpReminders.CountAsync(r => r.RecipientUserId == World.ManagerBId)), Is.EqualTo(2),
            "workplace B's manager heard of B's deadline, Due and Overdue");
    }

    [Test]
    public async Task ShouldRemindNobodyOfADeadlineMetOrNotYetWithinTheLead()
    {
        // Published 18.02: the team discussion is due 20.03, 4 days ahead — not yet within the lead.
        var measurement = await Published(new DateOnly(2026, 2, 18));
        await (await World.Hr()).PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitB}", new { teamDiscussedOn = "2026-03-02" });

        await RunJob();
        Advance(days: 1);
        await RunJob();

        Assert.That(await FollowUpInbox(await World.ManagerA()), Has.Count.EqualTo(1), "A's is due from 17.03");
        Assert.That(await FollowUpInbox(await World.ManagerB()), Is.Empty, "B discussed the results already");
    }

    [Test]
    public async Task ShouldRemindAMeasuresResponsibleUserOfItsFollowUpDate()
    {
        var measurement = await Published(new DateOnly(2026, 3, 2));
        var hr = await World.Hr();
        await (await hr.PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitA}", new
        {
            measures = new[]
            {
                new { description = "Sparring med arbejdsmiljørepræsentanten", responsible = "HR-konsulent", responsibleUserId = World.HrId, followUpOn = "2026-03-18" },
            },
        })).Read<FollowUpDto>();

        await RunJob();
        await RunJob();

        var toHr = await FollowUpInbox(hr);
        Assert.That(toHr.Select(n => (n.Kind, n.DueDate, n.UnitId)),
            Is.EqualTo(new[] { (NotificationKind.DeadlineDue, (DateOnly?)new DateOnly(2026, 3, 18), (int?)World.UnitA) }));
        Assert.That(toHr.Single().Message, Does.StartWith("Påmindelse: Opfølgning på indsats efter Social kapital 2026"));
        Assert.That(await FollowUpInbox(await World.ManagerA()), Is.Empty, "the measure names its own responsible user");
    }

    [Test]
    public async Task ShouldEscalateAnOverdueTeamDiscussionToTheContactPersonAndThenToHrAtLarge()
    {
        (await (await World.Hr()).PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.CoordinatorId })).EnsureSuccessStatusCode();

        // Published 07.02: the team discussion was due 09.03, 7 days ago — overdue, but not yet past the escalation period.
        var measurement = await Published(new DateOnly(2026, 2, 7));
        await RunJob();
        var contactOnTheSeventhDay = await Escalations(await World.Coordinator());
        var hrOnTheSeventhDay = await Escalations(await World.Hr());
        Advance(days: 1);
        await RunJob();
        await RunJob();
        var contactOnTheEighthDay = await Escalations(await World.Coordinator());
        var hrOnTheEighthDay = await Escalations(await World.Hr());
        Advance(days: 6);
        await RunJob();
        var hrOnTheFourteenthDay = await Escalations(await World.Hr());
        Advance(days: 1);
        await RunJob();
        await RunJob();
        var hrOnTheFifteenthDay = await Escalations(await World.Hr());

        var dueOn = (DateOnly?)new DateOnly(2026, 3, 9);
        Assert.That(contactOnTheSeventhDay, Is.Empty);
        Assert.That(hrOnTheSeventhDay, Is.Empty);
        Assert.That(contactOnTheEighthDay.Select(n => (n.Kind, n.DueDate, n.MeasurementId, n.UnitId)),
            Is.EqualTo(new[] { (NotificationKind.DeadlineEscalatedToContact, dueOn, (int?)measurement, (int?)World.UnitA) }));
        Assert.That(contactOnTheEighthDay.Single().Message,
            Is.EqualTo("Fristen er fortsat overskredet: Drøftelse i teamet efter Social kapital 2026 på Børnehuset A senest 09.03.2026."));
        Assert.That(hrOnTheEighthDay.Select(n => (n.Kind, n.DueDate, n.UnitId)),
            Is.EqualTo(new[] { (NotificationKind.DeadlineEscalated, dueOn, (int?)World.UnitB) }), "workplace B has no contact person");
        Assert.That(hrOnTheFourteenthDay, Has.Count.EqualTo(1), "A's contact person has a week before HR at large");
        Assert.That(hrOnTheFifteenthDay.Select(n => (n.Kind, n.DueDate, n.UnitId)), Is.EquivalentTo(new[]
        {
            (NotificationKind.DeadlineEscalated, dueOn, (int?)World.UnitB),
            (NotificationKind.DeadlineEscalated, dueOn, (int?)World.UnitA),
        }));
        Assert.That(Smtp.Received.Where(m => m.To[0] == "koordinator@test.local").Select(m => m.Subject), Is.EqualTo(new[]
        {
            "Fristen er fortsat overskredet: Drøftelse i teamet efter målingen senest 09.03.2026",
        }));
    }

    [Test]
    public async Task ShouldNotEscalateATeamDiscussionHeldBeforeTheEscalationPeriodEnded()
    {
        (await (await World.Hr()).PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.CoordinatorId })).EnsureSuccessStatusCode();
        var measurement = await Published(new DateOnly(2026, 2, 7));
        await RunJob();
        await (await World.Hr()).PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitA}", new { teamDiscussedOn = "2026-03-16" });

        Advance(days: 8);
        await RunJob();

        Assert.That(await Escalations(await World.Coordinator()), Is.Empty);
        Assert.That((await Escalations(await World.Hr())).Select(n => n.UnitId), Is.EqualTo(new int?[] { World.UnitB }));
    }

    private async Task<int> Published(DateOnly publishedOn)
    {
        var created = await (await World.Hr()).PostJson("/api/measurements", new
        {
            name = "Social kapital 2026", kind = "SocialCapital", fieldedFrom = "2026-01-12", fieldedTo = "2026-01-30", publishedOn,
        });
        return (await created.Read<MeasurementDto>()).Id;
    }

    /// <summary>Moves the clock on; the access tokens signed before expire meanwhile.</summary>
    private void Advance(int days)
    {
        Factory.Time.Advance(TimeSpan.FromDays(days));
        World.ForgetTokens();
    }

    private async Task RunJob() =>
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();

    private static async Task<List<FollowUpNotice>> FollowUpInbox(HttpClient client) =>
        (await (await client.GetAsync("/api/notifications")).Read<List<FollowUpNotice>>()).Where(n => n.MeasurementId is not null).ToList();

    private static async Task<List<FollowUpNotice>> Escalations(HttpClient client) =>
        (await FollowUpInbox(client)).Where(n => n.Kind is NotificationKind.DeadlineEscalated or NotificationKind.DeadlineEscalatedToContact).ToList();

    private sealed record FollowUpNotice(NotificationKind Kind, DateOnly? DueDate, string Message, int? MeasurementId, int? UnitId);
}

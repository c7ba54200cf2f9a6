using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The header's inbox count and /indbakke: the signed-in user's reminders, with links to the cases and "mark as read".</summary>
public sealed class InboxPageTests : UiTest
{
    [Test]
    public async Task ShouldCountTheUnreadRemindersInTheHeaderAndListThemNewestFirst()
    {
        var caseId = await RemindersOfManagerA();
        await Agenda(World.ManagerBId, cases: 1, minutesAgo: 1);
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/indbakke");

        Assert.That(page.Document.GetElementById("inbox-link")!.TextContent, Does.Contain("2 ulæste beskeder"));
        var rows = page.Document.QuerySelectorAll("#notifications tbody tr");
        Assert.That(rows.Select(r => r.QuerySelector("th")!.TextContent), Is.EqualTo(new[]
        {
            "Fristen er overskredet: Sygefraværssamtale (§ 7a) for Anna Andersen (Børnehuset A) senest 15.03.2026.",
            "Påmindelse: Omsorgskontakt for Anna Andersen (Børnehuset A) senest 20.03.2026.",
        }));
        Assert.That(rows[0].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo($"/cases/{caseId}"));
        Assert.That(rows[0].TextContent, Does.Contain("Frist overskredet"), "the kind by its Danish name");
    }

    [Test]
    public async Task ShouldWordTheRemindersInEnglishOnTheEnglishPage()
    {
        await RemindersOfManagerA();
        var session = await SignIn(ManagerAEmail);
        await session.Submit(await session.Get("/indbakke"), "form[action='/sprog']");

        var page = await session.Get("/indbakke");

        var rows = page.Document.QuerySelectorAll("#notifications tbody tr");
        Assert.That(rows.Select(r => r.QuerySelector("th")!.TextContent), Is.EqualTo(new[]
        {
            "Deadline passed: Absence conversation (§ 7a) for Anna Andersen (Børnehuset A) by 15/03/2026.",
            "Reminder: Care contact for Anna Andersen (Børnehuset A) by 20/03/2026.",
        }));
        Assert.That(rows[0].TextContent, Does.Contain("Deadline overdue"), "the kind by its English name");
    }

    [Test]
    public async Task ShouldNameTheGroupAndCountTheCasesOfAnAgenda()
    {
        await Agenda(World.ManagerAId, cases: 0, minutesAgo: 10);
        await Agenda(World.ManagerAId, cases: 3, minutesAgo: 5);
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/indbakke");

        Assert.That(page.Document.QuerySelectorAll("#notifications tbody th").Select(th => th.TextContent), Is.EqualTo(new[]
        {
            "Dagsorden for Gruppe A: sager til ugens sagsgennemgang: 3.", "Dagsorden for Gruppe A: ingen sager kræver gruppen i denne uge.",
        }));
        Assert.That(page.Links("#notifications tbody a"), Is.EqualTo(new[] { "Se tavlerne", "Se tavlerne" }));
    }

    [Test]
    public async Task ShouldMarkAReminderReadAndCountOneLess()
    {
        await Agenda(World.ManagerAId, cases: 1, minutesAgo: 10);
        await Agenda(World.ManagerAId, cases: 2, minutesAgo: 5);
        var session = await SignIn(ManagerAEmail);
        var inbox = await session.Get("/indbakke");

        var page = await session.Submit(inbox, "#notifications tbody tr:last-child form");

        Assert.That(page.Flash, Is.EqualTo("Beskeden er markeret som læst."));
        Assert.That(page.Document.GetElementById("inbox-link")!.TextContent, Does.Contain("1 ulæst besked"));
        Assert.That(page.Document.QuerySelector("#notifications tbody tr:last-child td:last-child")!.TextContent.Trim(), Does.StartWith("Læst 16.03.2026"));
        var unread = await session.Get("/indbakke?vis=ulaeste");
        Assert.That(unread.Document.QuerySelectorAll("#notifications tbody th").Select(th => th.TextContent), Is.EqualTo(new[] { "Dagsorden for Gruppe A: sager til ugens sagsgennemgang: 2." }));
    }

    [Test]
    public async Task ShouldShowNoCountWithoutUnreadReminders()
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/");

        Assert.That(page.Document.GetElementById("inbox-link")!.TextContent.Trim(), Is.EqualTo("Indbakke"));
        Assert.That((await session.Get("/indbakke?vis=ulaeste")).Text, Does.Contain("Du har ingen ulæste beskeder."));
    }

    [Test]
    public async Task ShouldNotMarkAnotherUsersReminderAndRefuseAPostWithoutTheToken()
    {
        var others = await Agenda(World.ManagerBId, cases: 1, minutesAgo: 1);
        var own = await Agenda(World.ManagerAId, cases: 1, minutesAgo: 1);
        var session = await SignIn(ManagerAEmail);
        var inbox = await session.Get("/indbakke");

        var foreign = await session.Post($"/indbakke?handler=Read&id={others}", new() { ["__RequestVerificationToken"] = inbox.Token });
        var withoutToken = await session.Post($"/indbakke?handler=Read&id={own}", []);

        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        var readAt = await World.InDatabase(db => Task.FromResult(db.Notifications.Where(n => n.Id == others || n.Id == own).Select(n => n.ReadAt).ToList()));
        Assert.That(readAt, Is.All.Null);
    }

    /// <summary>Manager A's case of Anna Andersen, reported 3 days ago, with a reminder an hour ago and an overdue one 5 minutes ago.</summary>
    private async Task<Guid> RemindersOfManagerA()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-3));
        await Add(Notification.Reminder(
            World.ManagerAId, ReminderStage.Due, caseId, DeadlineKind.CareContact, Today.AddDays(4), AbsenceCasesFactory.DefaultNow.AddMinutes(-60)));
        await Add(Notification.Reminder(
            World.ManagerAId, ReminderStage.Overdue, caseId, DeadlineKind.FirstConversation, Today.AddDays(-1), AbsenceCasesFactory.DefaultNow.AddMinutes(-5)));
        return caseId;
    }

    private Task<long> Agenda(string userId, int cases, int minutesAgo) =>
        Add(Notification.Agenda(userId, World.GroupA, cases, Today, $"agenda:{cases}:{minutesAgo}", AbsenceCasesFactory.DefaultNow.AddMinutes(-minutesAgo)));

    private Task<long> Add(Notification notification) => World.InDatabase(async db =>
    {
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });
}

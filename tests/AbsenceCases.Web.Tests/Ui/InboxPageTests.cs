using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The header's inbox count and /indbakke: the signed-in user's reminders, with links to the cases and "mark as read".</summary>
public sealed class InboxPageTests : UiTest
{
    [Test]
    public async Task ShouldCountTheUnreadRemindersInTheHeaderAndListThemNewestFirst()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-3));
        await Notify(World.ManagerAId, caseId, "Omsorgskontakt: frist snart (20.03.2026)", minutesAgo: 60);
        await Notify(World.ManagerAId, caseId, "Sygefraværssamtale: frist overskredet", minutesAgo: 5);
        await Notify(World.ManagerBId, null, "Til leder B", minutesAgo: 1);
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/indbakke");

        Assert.That(page.Document.GetElementById("inbox-link")!.TextContent, Does.Contain("2 ulæste beskeder"));
        var rows = page.Document.QuerySelectorAll("#notifications tbody tr");
        Assert.That(rows.Select(r => r.QuerySelector("th")!.TextContent), Is.EqualTo(new[]
        {
            "Sygefraværssamtale: frist overskredet", "Omsorgskontakt: frist snart (20.03.2026)",
        }));
        Assert.That(rows[0].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo($"/cases/{caseId}"));
        Assert.That(rows[0].TextContent, Does.Contain("Frist overskredet"), "the kind by its Danish name");
    }

    [Test]
    public async Task ShouldMarkAReminderReadAndCountOneLess()
    {
        await Notify(World.ManagerAId, null, "Første", minutesAgo: 10);
        await Notify(World.ManagerAId, null, "Anden", minutesAgo: 5);
        var session = await SignIn(ManagerAEmail);
        var inbox = await session.Get("/indbakke");

        var page = await session.Submit(inbox, "#notifications tbody tr:last-child form");

        Assert.That(page.Flash, Is.EqualTo("Beskeden er markeret som læst."));
        Assert.That(page.Document.GetElementById("inbox-link")!.TextContent, Does.Contain("1 ulæst besked"));
        Assert.That(page.Document.QuerySelector("#notifications tbody tr:last-child td:last-child")!.TextContent.Trim(), Does.StartWith("Læst 16.03.2026"));
        var unread = await session.Get("/indbakke?vis=ulaeste");
        Assert.That(unread.Document.QuerySelectorAll("#notifications tbody th").Select(th => th.TextContent), Is.EqualTo(new[] { "Anden" }));
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
        var others = await Notify(World.ManagerBId, null, "Til leder B", minutesAgo: 1);
        var own = await Notify(World.ManagerAId, null, "Til leder A", minutesAgo: 1);
        var session = await SignIn(ManagerAEmail);
        var inbox = await session.Get("/indbakke");

        var foreign = await session.Post($"/indbakke?handler=Read&id={others}", new() { ["__RequestVerificationToken"] = inbox.Token });
        var withoutToken = await session.Post($"/indbakke?handler=Read&id={own}", []);

        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        var readAt = await World.InDatabase(db => Task.FromResult(db.Notifications.Where(n => n.Id == others || n.Id == own).Select(n => n.ReadAt).ToList()));
        Assert.That(readAt, Is.All.Null);
    }

    private Task<long> Notify(string userId, Guid? caseId, string message, int minutesAgo) => World.InDatabase(async db =>
    {
        var notification = new Notification(
            userId, caseId is null ? NotificationKind.DeadlineDue : NotificationKind.DeadlineOverdue, caseId, Today.AddDays(4), message,
            AbsenceCasesFactory.DefaultNow.AddMinutes(-minutesAgo));
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    });
}

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>"Mine sager": the cases in the user's scope with status, days absent and the next deadline.</summary>
public sealed class CaseListPageTests : UiTest
{
    [Test]
    public async Task ShouldListTheManagersCasesWithDanishStatusDaysAbsentAndNextDeadline()
    {
        var managerA = await World.ManagerA();
        await ReportSickCall(managerA, World.EmployeeA, Today.AddDays(-2));
        await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/");

        var rows = page.Document.QuerySelectorAll("table.cases tbody tr");
        Assert.That(rows, Has.Length.EqualTo(1), "only the manager's own unit");
        var cells = rows[0].QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
        Assert.That(cells[0], Is.EqualTo("Anna Andersen"));
        Assert.That(cells[1], Is.EqualTo("Sygemeldt"));
        Assert.That(cells[2], Is.EqualTo("14.03.2026"));
        Assert.That(cells[3], Is.EqualTo("3"));
        Assert.That(cells[4], Does.StartWith("Omsorgskontakt: 18.03.2026"));
        Assert.That(cells[5], Is.EqualTo("Børnehuset A"));
    }

    [Test]
    public async Task ShouldShowAnOverdueDeadlineInRedWithTheWordOverdue()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-10));
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/");

        var deadline = page.Document.QuerySelector("table.cases .deadline")!;
        Assert.That(deadline.ClassList, Does.Contain("deadline--overdue"));
        Assert.That(deadline.TextContent, Does.Contain("Overskredet"));
    }

    [Test]
    public async Task ShouldFilterByStatus()
    {
        var managerA = await World.ManagerA();
        var talked = await ReportSickCall(managerA, World.EmployeeA, Today.AddDays(-5));
        await ReportSickCall(managerA, World.EmployeeA2, Today.AddDays(-1));
        await managerA.PostJson($"/api/cases/{talked}/first-conversation", new { heldOn = Today, form = "Phone" });
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get("/?status=FirstConversation");

        Assert.That(page.Links("table.cases tbody th a"), Is.EqualTo(new[] { "Anna Andersen" }));
        Assert.That(page.Document.QuerySelector("#status option[selected]")!.TextContent, Is.EqualTo("Første samtale holdt"));
    }

    [TestCase("/?status=Nonsense&side=-4")]
    [TestCase("/?side=99999")]
    [TestCase("/sager?side=abc")]
    public async Task ShouldNotFailOnAHandMadeAddress(string url)
    {
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get(url);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldCallTheListSagerForSomeoneWhoIsNotOnlyAManager()
    {
        var session = await SignIn(CoordinatorEmail);

        var page = await session.Get("/");

        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Sager"));
        Assert.That(page.HeaderText, Does.Contain("Sygefraværskoordinator"));
    }
}

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/revisionslog: the audit log for HR (with cases and employees) and the admin (who, when and what), with its CSV download.</summary>
public sealed class AuditPageTests : UiTest
{
    [Test]
    public async Task ShouldShowHrTheRowsOfACaseWithTheCsvOfTheSameFilter()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var session = await SignIn(HrEmail);

        var page = await session.Get($"/revisionslog?CaseId={caseId}");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Links("nav.main-nav a"), Does.Contain("Revisionslog"));
        var rows = page.Document.QuerySelectorAll("#audit tbody tr");
        Assert.That(rows.Select(r => r.QuerySelector("td code")?.TextContent), Is.EqualTo(new[] { "ListCases", "RegisterSickCall" }),
            "HR's own list of cases on signing in returned the case");
        Assert.That(rows[0].TextContent, Does.Contain("Liste: 1 sager, 1 medarbejdere"));
        Assert.That(rows[1].TextContent, Does.Contain("Leder A").And.Contain("Tilladt").And.Contain(caseId.ToString()));
        Assert.That(page.Document.QuerySelector("#audit-csv")?.GetAttribute("href"), Is.EqualTo($"/api/audit.csv?caseId={caseId}"));
        Assert.That(page.LabelOf("CaseId"), Is.EqualTo("Sags-id"));
    }

    [Test]
    public async Task ShouldShowTheAdminNoCaseOrEmployee()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var session = await SignIn("admin@test.local");

        var page = await session.Get("/revisionslog");

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelectorAll("#audit thead th").Select(h => h.TextContent),
            Is.EqualTo(new[] { "Tidspunkt", "Bruger", "Handling", "Resultat", "Ændring", "Adresse", "Forespørgsel" }));
        Assert.That(page.Document.GetElementById("CaseId"), Is.Null);
        Assert.That(page.Document.QuerySelectorAll("#audit tbody td code").Select(c => c.TextContent), Does.Contain("RegisterSickCall"));
    }

    [Test]
    public async Task ShouldAnswerABadRangeInDanishBesideTheField()
    {
        var session = await SignIn(HrEmail);

        var page = await session.Get($"/revisionslog?From={Iso(Today)}&To={Iso(Today.AddDays(-1))}");

        Assert.That(page.SummaryErrors, Has.Count.EqualTo(1));
        Assert.That(page.SummaryErrors[0], Does.StartWith("Må ikke ligge før"));
    }

    [Test]
    public async Task ShouldNotShowTheAuditLogToAManager()
    {
        var session = await SignIn(ManagerAEmail);

        var home = await session.Get("/");
        var audit = await session.Get("/revisionslog");

        Assert.That(home.Links("nav.main-nav a"), Does.Not.Contain("Revisionslog"));
        Assert.That(audit.Status, Is.EqualTo(HttpStatusCode.Forbidden));
    }
}

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The print views of a case: the § 7a conversation summary and the § 7b retention plan, each for both to sign.</summary>
public sealed class PrintPageTests : UiTest
{
    [Test]
    public async Task ShouldPrintTheFirstConversationWithRoomForBothSignatures()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));
        await manager.PostJson($"/api/cases/{caseId}/first-conversation", new
        {
            heldOn = Today.AddDays(-3), form = "Phone", expectedReturn = Today.AddDays(11), note = "Aftalt opstart på nedsat tid",
            possibilityStatementRequested = true,
        });
        var session = await SignIn(ManagerAEmail);

        var casePage = await session.Get($"/cases/{caseId}");
        var print = await session.Get($"/cases/{caseId}/print/conversation");

        Assert.That(casePage.Links("section[aria-labelledby='print'] a"), Is.EqualTo(new[] { "Udskriv samtalereferat (§ 7a)" }));
        Assert.That(print.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(print.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Sygefraværssamtale (sygedagpengeloven § 7a)"));
        Assert.That(Facts(print), Does.Contain("Medarbejder: Anna Andersen")
            .And.Contain("Første sygedag: 06.03.2026")
            .And.Contain("Samtalen blev holdt: 13.03.2026")
            .And.Contain("Samtaleform: Telefon")
            .And.Contain("Forventet tilbage: 27.03.2026")
            .And.Contain("Aftalt under samtalen: Mulighedserklæring"));
        Assert.That(print.Text, Does.Contain("Aftalt opstart på nedsat tid"));
        Assert.That(SignatureLines(print), Is.EqualTo(new[] { "Dato", "Underskrift, medarbejder", "Dato", "Underskrift, leder" }));
    }

    [Test]
    public async Task ShouldPrintTheRetentionPlanInTheOrderOfTheOfficialForm()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));
        await manager.PostJson($"/api/cases/{caseId}/retention-plan-request", new { requestedOn = Today.AddDays(-4) });
        await manager.PostJson($"/api/cases/{caseId}/retention-plan", new { madeOn = Today.AddDays(-1), content = "Lettere opgaver i fire uger." });
        var session = await SignIn(ManagerAEmail);

        var casePage = await session.Get($"/cases/{caseId}");
        var print = await session.Get($"/cases/{caseId}/print/retention-plan");

        Assert.That(casePage.Links("section[aria-labelledby='print'] a"), Is.EqualTo(new[] { "Udskriv fastholdelsesplan (§ 7b)" }));
        Assert.That(print.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Fastholdelsesplan (sygedagpengeloven § 7b)"));
        Assert.That(print.Document.QuerySelectorAll("h2").Select(h => h.TextContent), Is.EqualTo(new[]
        {
            "1. Medarbejderen og arbejdsstedet", "2. Fraværet", "3. Aftaler om at fastholde medarbejderen", "Underskrifter",
        }));
        Assert.That(Facts(print), Does.Contain("Fastholdelsesplan ønsket (§ 7b): 12.03.2026").And.Contain("Fastholdelsesplan lavet: 15.03.2026"));
        Assert.That(print.Document.QuerySelector(".print-box")!.TextContent, Is.EqualTo("Lettere opgaver i fire uger."));
        Assert.That(SignatureLines(print), Does.Contain("Underskrift, arbejdsgiver"));
    }

    [Test]
    public async Task ShouldOfferNoPrintBeforeThereIsAnythingToPrint()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var session = await SignIn(ManagerAEmail);

        var casePage = await session.Get($"/cases/{caseId}");
        var emptyPlan = await session.Get($"/cases/{caseId}/print/prevention-plan");

        Assert.That(casePage.Document.QuerySelector("section[aria-labelledby='print']"), Is.Null);
        Assert.That(emptyPlan.Text, Does.Contain("Der er ingen forebyggelsesplan."));
    }

    [Test]
    public async Task ShouldNotPrintACaseOfAnotherUnit()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);
        var session = await SignIn(ManagerAEmail);

        foreach (var document in new[] { "conversation", "retention-plan", "prevention-plan" })
        {
            var print = await session.Get($"/cases/{caseOfB}/print/{document}");

            Assert.That(print.Status, Is.EqualTo(HttpStatusCode.Forbidden), document);
            Assert.That(print.Html, Does.Not.Contain("Dorte Eriksen"), document);
        }
    }

    private static List<string> Facts(UiPage page) =>
        page.Document.QuerySelectorAll(".print-facts div")
            .Select(fact => $"{fact.QuerySelector("dt")!.TextContent}: {fact.QuerySelector("dd")!.TextContent}").ToList();

    private static List<string> SignatureLines(UiPage page) =>
        page.Document.QuerySelectorAll(".signature-line").Select(line => line.TextContent).ToList();
}

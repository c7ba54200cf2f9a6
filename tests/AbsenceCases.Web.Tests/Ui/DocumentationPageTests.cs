namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The case page's documentation from the doctor: the form that asks for it, the table, and the form that records its receipt.</summary>
public sealed class DocumentationPageTests : UiTest
{
    private const string Form = "main form[method='post']";

    [Test]
    public async Task ShouldAskForAFitNoteAndRecordItsReceiptWithTheCost()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-5));
        var session = await SignIn(ManagerAEmail);
        var casePage = await session.Get($"/cases/{caseId}");
        Assert.That(casePage.Links("ul.actions a"), Does.Contain("Anmod om dokumentation"));
        Assert.That(casePage.Text, Does.Contain("Der er ikke anmodet om dokumentation."));
        var form = await session.Get($"/cases/{caseId}/documentation-requests/new");
        Assert.That(form.LabelOf("Input_Kind"), Is.EqualTo("Dokumentation"));
        Assert.That(form.Document.QuerySelectorAll("#Input_Kind option").Select(o => o.TextContent),
            Is.EqualTo(new[] { "Vælg dokumentation", "Friattest", "Mulighedserklæring", "Varighedserklæring", "Statusattest" }));

        var requested = await session.Submit(form, Form, new() { ["Input.Kind"] = "FitNote", ["Input.RequestedOn"] = Iso(Today.AddDays(-1)) });

        Assert.That(requested.Url, Is.EqualTo($"/cases/{caseId}"));
        Assert.That(requested.Flash, Is.EqualTo("Anmodningen om dokumentation er registreret."));
        Assert.That(Row(requested), Is.EqualTo(new[] { "Friattest", "15.03.2026", "22.03.2026", "Registrer modtaget dokumentation", string.Empty }));
        var receiptForm = await session.Get(requested.Document.QuerySelector("#documentation-requests tbody a")!.GetAttribute("href")!);
        Assert.That(receiptForm.Document.GetElementById("documentation-request")!.TextContent, Is.EqualTo("Friattest, anmodet 15.03.2026"));

        var received = await session.Submit(receiptForm, Form, new() { ["Input.ReceivedOn"] = Iso(Today), ["Input.CostDkk"] = "1.250,50" });

        Assert.That(received.Flash, Is.EqualTo("Den modtagne dokumentation er registreret."));
        Assert.That(Row(received), Is.EqualTo(new[] { "Friattest", "15.03.2026", "22.03.2026", "16.03.2026", "1.250,50" }));
        Assert.That((await GetCase(await World.ManagerA(), caseId)).DocumentationRequests.Single().CostDkk, Is.EqualTo(1250.50m));
    }

    [Test]
    public async Task ShouldMarkANegativeCostAndAReceiptBeforeTheRequestInDanish()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-5));
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "StatusStatement", requestedOn = Today.AddDays(-1) }))
            .EnsureSuccessStatusCode();
        var requestId = (await GetCase(manager, caseId)).DocumentationRequests.Single().Id;
        var session = await SignIn(ManagerAEmail);
        var form = await session.Get($"/cases/{caseId}/documentation-requests/{requestId}/received");

        var negative = await session.Submit(form, Form, new() { ["Input.ReceivedOn"] = Iso(Today), ["Input.CostDkk"] = "-5" });
        var early = await session.Submit(form, Form, new() { ["Input.ReceivedOn"] = Iso(Today.AddDays(-2)) });

        Assert.That(negative.FieldError("Input_CostDkk"), Does.EndWith("Skal være mellem 0 og 100000."));
        Assert.That(early.FieldError("Input_ReceivedOn"), Does.EndWith("Kan ikke være modtaget før den blev anmodet 15.03.2026."));
        Assert.That((await GetCase(manager, caseId)).DocumentationRequests.Single().ReceivedOn, Is.Null);
    }

    [Test]
    public async Task ShouldNotOfferTheFormsToACoordinator()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-5));
        (await manager.PostJson($"/api/cases/{caseId}/documentation-requests", new { kind = "FitNote", requestedOn = Today }))
            .EnsureSuccessStatusCode();
        var session = await SignIn(CoordinatorEmail);

        var page = await session.Get($"/cases/{caseId}");

        Assert.That(Row(page), Is.EqualTo(new[] { "Friattest", "16.03.2026", "23.03.2026", "ikke modtaget", string.Empty }));
        Assert.That(page.Links("ul.actions a"), Does.Not.Contain("Anmod om dokumentation"));
    }

    private static IReadOnlyList<string> Row(UiPage page) =>
        page.Document.QuerySelectorAll("#documentation-requests tbody tr").Single().QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();
}

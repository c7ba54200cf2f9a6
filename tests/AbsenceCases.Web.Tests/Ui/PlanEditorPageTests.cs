using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/cases/{id}/plan: the prevention plan's measures added, changed, completed and dropped, each with the case's version.</summary>
public sealed class PlanEditorPageTests : UiTest
{
    private const string Form = "main form[method='post']";

    [Test]
    public async Task ShouldAddEditCompleteAndDropMeasuresThroughThePlanPage()
    {
        var caseId = await CaseWithPlan();
        var session = await SignIn(CoordinatorEmail);
        var plan = await session.Get($"/cases/{caseId}/plan");
        Assert.That(plan.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Forebyggelsesplan"));
        Assert.That(plan.Links("#measures tbody tr:first-child td:last-child a"), Is.EqualTo(new[]
        {
            "Ret: Nedsat tid", "Gennemført: Nedsat tid", "Opgiv: Nedsat tid",
        }));

        var add = await session.Get($"/cases/{caseId}/plan/measures/new");
        var added = await session.Submit(add, Form, new()
        {
            ["Input.Description"] = "Samtale med arbejdsmiljørepræsentant",
            ["Input.Responsible"] = "Koordinator",
            ["Input.FollowUpOn"] = Iso(Today.AddDays(7)),
        });
        Assert.That(added.Url, Is.EqualTo($"/cases/{caseId}/plan"));
        Assert.That(added.Flash, Is.EqualTo("Tiltaget er tilføjet."));

        var first = await MeasureId(caseId, "Nedsat tid");
        var edit = await session.Get($"/cases/{caseId}/plan/measures/{first}/edit");
        Assert.That(edit.ValueOf("Input_Description"), Is.EqualTo("Nedsat tid"), "the form starts from the measure");
        Assert.That(edit.ValueOf("Input_FollowUpOn"), Is.EqualTo(Iso(Today.AddDays(14))));
        var edited = await session.Submit(edit, Form, new() { ["Input.Description"] = "Nedsat tid i seks uger", ["Input.FollowUpOn"] = Iso(Today.AddDays(21)) });
        Assert.That(edited.Flash, Is.EqualTo("Tiltaget er rettet."));

        var complete = await session.Get($"/cases/{caseId}/plan/measures/{first}/complete");
        var completed = await session.Submit(complete, Form, new() { ["Input.Outcome"] = "Fuld tid igen" });
        Assert.That(completed.Flash, Is.EqualTo("Tiltaget er registreret som gennemført."));

        var second = await MeasureId(caseId, "Samtale med arbejdsmiljørepræsentant");
        var dropped = await session.Submit(await session.Get($"/cases/{caseId}/plan/measures/{second}/drop"), Form, new() { ["Input.Outcome"] = "Ikke længere relevant" });
        Assert.That(dropped.Flash, Is.EqualTo("Tiltaget er opgivet."));

        var rows = dropped.Document.QuerySelectorAll("#measures tbody tr")
            .Select(r => string.Join(" | ", r.QuerySelectorAll("th, td").Take(5).Select(c => c.TextContent.Trim()))).ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            "Nedsat tid i seks uger | Leder A | 06.04.2026 | Gennemført 16.03.2026 | Fuld tid igen",
            "Samtale med arbejdsmiljørepræsentant | Koordinator | 23.03.2026 | Opgivet | Ikke længere relevant",
        }));
        Assert.That(dropped.Document.QuerySelectorAll("#measures tbody a"), Is.Empty, "done and dropped measures have no links");
        var measures = (await GetCase(await World.Coordinator(), caseId)).PreventionPlan!.Measures.OrderBy(m => m.Id).Select(m => (m.Status, m.OutcomeNote));
        Assert.That(measures, Is.EqualTo(new (MeasureStatus, string?)[] { (MeasureStatus.Done, "Fuld tid igen"), (MeasureStatus.Dropped, "Ikke længere relevant") }));
    }

    [Test]
    public async Task ShouldAnswerABadMeasureInDanishOnItsFields()
    {
        var caseId = await CaseWithPlan();
        var session = await SignIn(CoordinatorEmail);
        var add = await session.Get($"/cases/{caseId}/plan/measures/new");

        var page = await session.Submit(add, Form, new() { ["Input.Responsible"] = "Koordinator", ["Input.FollowUpOn"] = Iso(Today.AddDays(-1)) });

        Assert.That(page.FieldError("Input_Description"), Does.EndWith("Skal udfyldes."));
        Assert.That(page.FieldError("Input_FollowUpOn"), Does.EndWith("Må ikke ligge i fortiden."));
        Assert.That(page.ValueOf("Input_Responsible"), Is.EqualTo("Koordinator"));
        Assert.That((await GetCase(await World.Coordinator(), caseId)).PreventionPlan!.Measures, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ShouldRefuseAStaleChangeOfTheMeasure()
    {
        var caseId = await CaseWithPlan();
        var session = await SignIn(CoordinatorEmail);
        var first = await MeasureId(caseId, "Nedsat tid");
        var edit = await session.Get($"/cases/{caseId}/plan/measures/{first}/edit");
        await (await (await World.ManagerA()).PostJson($"/api/cases/{caseId}/prevention-plan/measures",
            new { description = "Andet tiltag", responsible = "Leder A", followUpOn = Today.AddDays(3) })).Read<CaseActionResult>();

        var page = await session.Submit(edit, Form, new() { ["Input.Description"] = "Ændret" });

        Assert.That(page.SummaryErrors.Single(), Does.StartWith("Sagen er ændret, siden du åbnede formularen."));
        Assert.That((await GetCase(await World.Coordinator(), caseId)).PreventionPlan!.Measures.Select(m => m.Description), Does.Not.Contain("Ændret"));
    }

    [Test]
    public async Task ShouldNotOfferAMeasureThatIsDoneOrACaseWithoutAPlan()
    {
        var caseId = await CaseWithPlan();
        var first = await MeasureId(caseId, "Nedsat tid");
        await (await (await World.Coordinator()).PostJson($"/api/cases/{caseId}/prevention-plan/measures/{first}/complete", new { completedOn = Today }))
            .Read<CaseActionResult>();
        var withoutPlan = await ReportSickCall(await World.ManagerA(), World.EmployeeA2, Today);
        var session = await SignIn(CoordinatorEmail);

        var done = await session.Get($"/cases/{caseId}/plan/measures/{first}/drop");
        var noPlan = await session.Get($"/cases/{withoutPlan}/plan");
        var noPlanAdd = await session.Get($"/cases/{withoutPlan}/plan/measures/new");

        Assert.That(done.Url, Is.EqualTo($"/cases/{caseId}/plan"));
        Assert.That(done.Flash, Is.EqualTo("Handlingen er ikke mulig i sagens nuværende tilstand."));
        Assert.That(noPlan.Text, Does.Contain("Sagen har ingen forebyggelsesplan endnu."));
        Assert.That(noPlanAdd.Url, Is.EqualTo($"/cases/{withoutPlan}/plan"));
    }

    [Test]
    public async Task ShouldRefuseAMeasurePostWithoutTheTokenAndOutsideTheScope()
    {
        var caseId = await CaseWithPlan();
        var first = await MeasureId(caseId, "Nedsat tid");
        var version = (await GetCase(await World.Coordinator(), caseId)).Version;
        var managerB = await SignIn(ManagerBEmail);
        var ownForm = await managerB.Get("/sygemelding");

        var withoutToken = await (await SignIn(CoordinatorEmail)).Post($"/cases/{caseId}/plan/measures/{first}/drop", new() { ["Version"] = $"{version}" });
        var foreign = await managerB.Post($"/cases/{caseId}/plan/measures/{first}/drop", new()
        {
            ["__RequestVerificationToken"] = ownForm.Token, ["Version"] = $"{version}",
        });

        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(foreign.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await GetCase(await World.Coordinator(), caseId)).PreventionPlan!.Measures.Single().Status, Is.EqualTo(MeasureStatus.Planned));
    }

    [Test]
    public async Task ShouldLinkThePlanEditorFromTheCasePage()
    {
        var caseId = await CaseWithPlan();
        var session = await SignIn(ManagerAEmail);

        var page = await session.Get($"/cases/{caseId}");

        Assert.That(page.Document.QuerySelector($"section[aria-labelledby='plan'] a[href='/cases/{caseId}/plan']")!.TextContent, Is.EqualTo("Ret forebyggelsesplanen"));
    }

    private async Task<Guid> CaseWithPlan()
    {
        var coordinator = await World.Coordinator();
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        await (await coordinator.PostJson($"/api/cases/{caseId}/coordination", new { startedOn = Today.AddDays(-5) })).Read<CaseActionResult>();
        await (await coordinator.PostJson($"/api/cases/{caseId}/prevention-plan", new
        {
            agreedOn = Today,
            measures = new[] { new { description = "Nedsat tid", responsible = "Leder A", followUpOn = Today.AddDays(14) } },
        })).Read<CaseActionResult>();
        return caseId;
    }

    private async Task<int> MeasureId(Guid caseId, string description) =>
        (await GetCase(await World.Coordinator(), caseId)).PreventionPlan!.Measures.Single(m => m.Description == description).Id;
}

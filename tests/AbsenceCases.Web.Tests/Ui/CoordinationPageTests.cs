using Microsoft.EntityFrameworkCore;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/koordinering: the groups, the weekly board of a group and the review meeting that decides for several cases at once.</summary>
public sealed class CoordinationPageTests : UiTest
{
    private const string ReviewForm = "#review-form";

    [Test]
    public async Task ShouldListTheGroupsWithABoardLinkForTheMembersAndHrOnly()
    {
        var coordinator = await (await SignIn(CoordinatorEmail)).Get("/koordinering");
        var managerA = await (await SignIn(ManagerAEmail)).Get("/koordinering");
        var hr = await (await SignIn(HrEmail)).Get("/koordinering");

        var row = coordinator.Document.QuerySelectorAll("#groups tbody tr td").Select(td => td.TextContent).ToList();
        Assert.That(row, Is.EqualTo(new[] { "Tirsdag", "Børnehuset A", "Koordinator (HR-konsulent)", "Mangler leder, medarbejderrepræsentant eller HR" }));
        Assert.That(coordinator.Links("#groups a"), Is.EqualTo(new[] { "Ugens tavle: Gruppe A" }));
        Assert.That(managerA.Status, Is.EqualTo(HttpStatusCode.Forbidden), "the group covers manager A's workplace, but coordination is for coordinators and HR");
        Assert.That(managerA.Links("nav.main-nav a"), Does.Contain("Statistik").And.Not.Contain("Koordinering"));
        Assert.That(hr.Links("#groups a"), Is.EqualTo(new[] { "Ugens tavle: Gruppe A", "Ret gruppen: Gruppe A" }));
        Assert.That(hr.Links("main a.button"), Is.EqualTo(new[] { "Opret koordineringsgruppe" }));
        Assert.That(coordinator.Links("nav.main-nav a"), Does.Contain("Koordinering"));
    }

    [Test]
    public async Task ShouldShowTheBoardWithTheReasonsMostUrgentFirst()
    {
        var (longCase, newCase) = await BoardCases();
        var session = await SignIn(CoordinatorEmail);

        var page = await session.Get($"/koordinering/{World.GroupA}");

        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Tavle: Gruppe A"));
        var rows = page.Document.QuerySelectorAll("#board tbody tr");
        Assert.That(rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")), Is.EqualTo(new[] { $"/cases/{longCase}", $"/cases/{newCase}" }));
        Assert.That(rows.Select(r => r.QuerySelector("th")!.TextContent), Is.EqualTo(new[] { "Anna Andersen", "Clara Dahl" }));
        var reasons = rows[0].QuerySelectorAll(".reasons li").Select(li => li.TextContent).ToList();
        // Reported on Thursday 5 February, 40 days absent: care contact was due on day 5, 9 February.
        Assert.That(reasons, Does.Contain("Omsorgskontakt: frist overskredet (09.02.2026)").And.Contain("Fravær over 28 dage, ikke i koordinering"));
        Assert.That(rows[1].QuerySelectorAll(".reasons li").Select(li => li.TextContent),
            Is.EqualTo(new[] { "Omsorgskontakt: frist snart (18.03.2026)" }), "reported on Saturday 14 March: care contact due on day 5");
        Assert.That(page.Text, Does.Contain("Der er ikke holdt sagsgennemgange endnu."));
    }

    [Test]
    public async Task ShouldNameTheReasonsInEnglish()
    {
        await BoardCases();
        var session = await SignIn(CoordinatorEmail);
        await session.Submit(await session.Get("/koordinering"), "form[action='/sprog']");

        var page = await session.Get($"/koordinering/{World.GroupA}");

        var reasons = page.Document.QuerySelectorAll("#board tbody tr:first-child .reasons li").Select(li => li.TextContent).ToList();
        Assert.That(reasons, Does.Contain("Overdue deadline: Care contact (09/02/2026)").And.Contain("Long absence (over 28 days), not in coordination"));
        Assert.That(page.Links("main a.button"), Is.EqualTo(new[] { "Hold the review meeting" }));
    }

    [Test]
    public async Task ShouldNotLetACoordinatorOrAManagerOpenAnotherGroupsBoard()
    {
        var groupB = await GroupB();

        var coordinator = await (await SignIn(CoordinatorEmail)).Get($"/koordinering/{groupB}");
        var review = await (await SignIn(CoordinatorEmail)).Get($"/koordinering/{groupB}/gennemgang");
        var managerB = await (await SignIn(ManagerBEmail)).Get($"/koordinering/{World.GroupA}");
        var unknown = await (await SignIn(CoordinatorEmail)).Get("/koordinering/99999");

        Assert.That(coordinator.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(coordinator.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
        Assert.That(review.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(managerB.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ShouldRecordAReviewWithTheCasesThatGotADecisionAndListIt()
    {
        var (longCase, newCase) = await BoardCases();
        var session = await SignIn(CoordinatorEmail);
        var board = await session.Get($"/koordinering/{World.GroupA}");
        var form = await session.Get(board.Document.QuerySelector("main a.button")!.GetAttribute("href")!);
        Assert.That(form.Document.QuerySelectorAll("fieldset.review-row legend").Select(l => l.TextContent), Is.EqualTo(new[]
        {
            "Anna Andersen · Sygemeldt · Fraværsdage 40", "Clara Dahl · Sygemeldt · Fraværsdage 3",
        }));
        Assert.That(form.ValueOf("Input_Attendees"), Is.EqualTo("Koordinator"), "the group's members");
        Assert.That(form.ValueOf("Input_Items_1__Decision"), Is.Empty, "no decision by default");

        var page = await session.Submit(form, ReviewForm, new()
        {
            ["Input.Attendees"] = "Koordinator\nLeder A\n\nTina Tillid",
            ["Input.Items[0].Decision"] = "StartCoordination",
            ["Input.Items[0].Note"] = "Tages i koordinering",
            ["Input.Items[0].NextReviewOn"] = Iso(Today.AddDays(7)),
        });

        Assert.That(page.Url, Is.EqualTo($"/koordinering/{World.GroupA}"));
        Assert.That(page.Flash, Is.EqualTo("Sagsgennemgangen er gemt med 1 beslutning."));
        var review = page.Document.QuerySelector("article.review")!;
        Assert.That(review.QuerySelector("h3")!.TextContent, Is.EqualTo("Holdt 16.03.2026"));
        Assert.That(review.TextContent, Does.Contain("Koordinator, Leder A, Tina Tillid"));
        Assert.That(review.QuerySelectorAll("tbody tr td, tbody tr th").Select(c => c.TextContent), Is.EqualTo(new[]
        {
            "Anna Andersen", "Tag i koordinering", "Tages i koordinering", "23.03.2026",
        }));
        var coordinator = await World.Coordinator();
        Assert.That((await GetCase(coordinator, longCase)).Status, Is.EqualTo(CaseStatus.Coordination));
        Assert.That((await GetCase(coordinator, newCase)).History.Select(h => h.Action), Does.Not.Contain(CaseHistoryAction.CoordinationReview), "left out");
        var reviews = await (await coordinator.GetAsync($"/api/coordination-groups/{World.GroupA}/reviews")).Read<ReviewList>();
        Assert.That(reviews.Items.Single().Items.Select(i => (i.CaseId, i.Decision)), Is.EqualTo(new[] { (longCase, ReviewDecision.StartCoordination) }));
    }

    [Test]
    public async Task ShouldPutEachRowsErrorsOnTheRowInDanish()
    {
        await BoardCases();
        var session = await SignIn(CoordinatorEmail);
        var form = await session.Get($"/koordinering/{World.GroupA}/gennemgang");

        var page = await session.Submit(form, ReviewForm, new()
        {
            ["Input.Attendees"] = string.Empty,
            ["Input.Items[1].Decision"] = "Close",
            ["Input.Items[1].NextReviewOn"] = Iso(Today),
        });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.FieldError("Input_Attendees"), Does.EndWith("Angiv mindst én deltager."));
        Assert.That(page.FieldError("Input_Items_1__CloseReason"), Does.EndWith("Skal udfyldes for at afslutte sagen."));
        Assert.That(page.FieldError("Input_Items_1__NextReviewOn"), Does.EndWith("Næste gennemgang skal ligge efter denne."));
        Assert.That(page.FieldError("Input_Items_0__CloseReason"), Is.Null, "the row without a decision was not sent");
        Assert.That(page.ValueOf("Input_Items_1__Decision"), Is.EqualTo("Close"));
    }

    [Test]
    public async Task ShouldMarkTheRowOfAnErrorInTheThirdFilledRowWhenARowBeforeItIsLeftOut()
    {
        await BoardCases();
        await World.InDatabase(async db =>
        {
            var group = await db.CoordinationGroups.Include(g => g.Workplaces).SingleAsync(g => g.Id == World.GroupA);
            group.Cover(World.UnitB);
            return await db.SaveChangesAsync();
        });
        var hr = await World.Hr();
        await ReportSickCall(hr, World.EmployeeA1, Today.AddDays(-20));
        await ReportSickCall(hr, World.EmployeeB, Today.AddDays(-10));
        var session = await SignIn(CoordinatorEmail);
        var form = await session.Get($"/koordinering/{World.GroupA}/gennemgang");
        Assert.That(form.Document.QuerySelectorAll("fieldset.review-row"), Has.Length.EqualTo(4));

        // The third row is left without a decision, so the fourth row is the request's third item.
        var page = await session.Submit(form, ReviewForm, new()
        {
            ["Input.Items[0].Decision"] = "ContinueMonitoring",
            ["Input.Items[1].Decision"] = "ContinueMonitoring",
            ["Input.Items[3].Decision"] = "Close",
        });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.FieldError("Input_Items_3__CloseReason"), Does.EndWith("Skal udfyldes for at afslutte sagen."));
        Assert.That(page.FieldError("Input_Items_2__CloseReason"), Is.Null, "the row without a decision was not sent");
        Assert.That(page.Document.QuerySelectorAll(".field-error").Select(e => e.Id), Is.EqualTo(new[] { "Input_Items_3__CloseReason-error" }));
        Assert.That(page.Document.QuerySelector("#error-summary a")!.GetAttribute("href"), Is.EqualTo("#Input_Items_3__CloseReason"));
        Assert.That(page.ValueOf("Input_Items_3__Decision"), Is.EqualTo("Close"));
    }

    [Test]
    public async Task ShouldShowAMissingMeasureInTheRowsMeasure()
    {
        await BoardCases();
        var session = await SignIn(CoordinatorEmail);
        var form = await session.Get($"/koordinering/{World.GroupA}/gennemgang");

        var page = await session.Submit(form, ReviewForm, new() { ["Input.Items[1].Decision"] = "AgreePreventionPlan" });

        var error = page.Document.QuerySelector("#row-1 details[open] #Input_Items_1__Measures");
        Assert.That(error?.TextContent, Does.EndWith("Planens tiltag skal udfyldes for at aftale en forebyggelsesplan."));
        Assert.That(page.Document.QuerySelector("#error-summary a")!.GetAttribute("href"), Is.EqualTo("#Input_Items_1__Measures"));
        Assert.That(page.Document.QuerySelector("#row-0 details")!.HasAttribute("open"), Is.False);
    }

    [Test]
    public async Task ShouldAskForADecisionWhenNoCaseHasOne()
    {
        await BoardCases();
        var session = await SignIn(CoordinatorEmail);

        var page = await session.Submit(await session.Get($"/koordinering/{World.GroupA}/gennemgang"), ReviewForm);

        Assert.That(page.SummaryErrors, Is.EqualTo(new[] { "Der skal være mindst én sag." }));
    }

    [Test]
    public async Task ShouldNameTheCaseWhoseTransitionIsRefusedAndRecordNothing()
    {
        var (longCase, newCase) = await BoardCases();
        var session = await SignIn(CoordinatorEmail);
        var form = await session.Get($"/koordinering/{World.GroupA}/gennemgang");

        // Clara Dahl's case is 3 days old: the first-conversation deadline has not passed, so no coordination yet.
        var page = await session.Submit(form, ReviewForm, new()
        {
            ["Input.Items[0].Decision"] = "ContinueMonitoring",
            ["Input.Items[1].Decision"] = "StartCoordination",
        });

        const string reason = "Handlingen er ikke mulig: fristen for den første samtale skal være overskredet, eller sagen skal handle om hyppigt fravær.";
        Assert.That(page.SummaryErrors, Does.Contain($"Clara Dahl: {reason}"));
        Assert.That(page.FieldError("Input_Items_1__Decision"), Does.EndWith(reason));
        Assert.That(page.FieldError("Input_Items_0__Decision"), Is.Null);
        var coordinator = await World.Coordinator();
        Assert.That((await (await coordinator.GetAsync($"/api/coordination-groups/{World.GroupA}/reviews")).Read<ReviewList>()).Items, Is.Empty);
        Assert.That((await GetCase(coordinator, longCase)).History.Select(h => h.Action), Does.Not.Contain(CaseHistoryAction.CoordinationReview));
        Assert.That((await GetCase(coordinator, newCase)).Status, Is.EqualTo(CaseStatus.Reported));
    }

    [Test]
    public async Task ShouldRefuseAReviewWithoutTheTokenOrForAnotherGroup()
    {
        await BoardCases();
        var groupB = await GroupB();
        var session = await SignIn(CoordinatorEmail);
        var form = await session.Get($"/koordinering/{World.GroupA}/gennemgang");
        var fields = new Dictionary<string, string>
        {
            ["Input.HeldOn"] = Iso(Today), ["Input.Attendees"] = "Koordinator", ["Input.Items[0].CaseId"] = form.ValueOf("case-0")!,
            ["Input.Items[0].Decision"] = "ContinueMonitoring",
        };

        var withoutToken = await session.Post($"/koordinering/{World.GroupA}/gennemgang", fields);
        var otherGroup = await session.Post($"/koordinering/{groupB}/gennemgang", new(fields) { ["__RequestVerificationToken"] = form.Token });

        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(otherGroup.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        var reviews = await (await (await World.Hr()).GetAsync($"/api/coordination-groups/{World.GroupA}/reviews")).Read<ReviewList>();
        Assert.That(reviews.Items, Is.Empty);
    }

    /// <summary>A second group, covering workplace B, without members.</summary>
    private Task<int> GroupB() => World.InDatabase(async db =>
    {
        var group = new CoordinationGroup("Gruppe B", DayOfWeek.Monday);
        group.Cover(World.UnitB);
        db.CoordinationGroups.Add(group);
        await db.SaveChangesAsync();
        return group.Id;
    });

    /// <summary>Two cases of workplace A on the board: Anna Andersen's, 40 days old, and Clara Dahl's, 3 days old.</summary>
    private async Task<(Guid LongCase, Guid NewCase)> BoardCases()
    {
        var manager = await World.ManagerA();
        return (await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-39)), await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-2)));
    }
}

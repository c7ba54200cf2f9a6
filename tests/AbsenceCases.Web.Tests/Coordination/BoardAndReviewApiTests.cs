using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Coordination;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class BoardAndReviewApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldListTheCasesThatNeedTheGroupWithTheirReasonsMostUrgentFirst()
    {
        var board = await BuildBoardData();

        var items = (await (await (await World.Coordinator()).GetAsync($"/api/coordination-groups/{World.GroupA}/board")).Read<Board>()).Items;

        Assert.That(items.Select(i => i.CaseId), Is.EqualTo(new[] { board.LongOverdue, board.CareContactDue, board.InCoordination, board.Returned }));
        Assert.That(items[0].Reasons.Select(r => (r.Code, r.Deadline)), Is.EquivalentTo(new (BoardReasonCode, DeadlineKind?)[]
        {
            (BoardReasonCode.OverdueDeadline, DeadlineKind.CareContact),
            (BoardReasonCode.OverdueDeadline, DeadlineKind.FirstConversation),
            (BoardReasonCode.OverdueDeadline, DeadlineKind.MunicipalityNotification),
            (BoardReasonCode.OverdueDeadline, DeadlineKind.RoundTableMeeting),
            (BoardReasonCode.LongAbsence, null),
        }));
        Assert.That(items[1].Reasons.Select(r => (r.Code, r.Deadline, r.DueDate)),
            Is.EqualTo(new (BoardReasonCode, DeadlineKind?, DateOnly?)[] { (BoardReasonCode.DueDeadline, DeadlineKind.CareContact, Today.AddDays(2)) }));
        // Coordination started 10 days ago and was never reviewed: the weekly review was due 3 days ago.
        Assert.That(items[2].Reasons.Select(r => (r.Code, r.DueDate)), Is.EquivalentTo(new (BoardReasonCode, DateOnly?)[]
        {
            (BoardReasonCode.ReviewDue, Today.AddDays(-3)),
            (BoardReasonCode.InCoordination, null),
        }));
        Assert.That(items[3].Reasons.Select(r => (r.Code, r.DueDate)),
            Is.EqualTo(new (BoardReasonCode, DateOnly?)[] { (BoardReasonCode.ReturnedRecently, Today.AddDays(-5)) }));
        Assert.That(items.Select(i => i.CaseId), Does.Not.Contain(board.Quiet).And.Not.Contain(board.OtherGroup).And.Not.Contain(board.ReturnedLongAgo));
    }

    [Test]
    public async Task ShouldShowTheBoardOnlyToTheGroupsCoordinatorsAndHr()
    {
        await (await (await World.ManagerB()).GetAsync($"/api/coordination-groups/{World.GroupA}/board")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Coordinator()).GetAsync("/api/coordination-groups/99999/board")).Problem(HttpStatusCode.NotFound);
        var asHr = await (await World.Hr()).GetAsync($"/api/coordination-groups/{World.GroupA}/board");
        Assert.That(asHr.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldRecordAReviewCarryingOutItsTransitionsAndWritingTheCasesHistory()
    {
        var board = await BuildBoardData();
        var coordinator = await World.Coordinator();

        var response = await coordinator.PostJson($"/api/coordination-groups/{World.GroupA}/reviews", new
        {
            heldOn = Today,
            attendees = new[] { "Koordinator", "Leder A", "Tina Tillid" },
            items = new object[]
            {
                new { caseId = board.LongOverdue, decision = "StartCoordination", note = "Tages i koordinering", nextReviewOn = Today.AddDays(14) },
                new
                {
                    caseId = board.InCoordination, decision = "AgreePreventionPlan",
                    measures = new[] { new { description = "Gradvis opstart", responsible = "Leder A", followUpOn = Today.AddDays(10) } },
                },
                new { caseId = board.CareContactDue, decision = "ContinueMonitoring" },
            },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var review = await response.Read<ReviewDto>();
        Assert.That(review.Attendees, Is.EqualTo(new[] { "Koordinator", "Leder A", "Tina Tillid" }));
        var longOverdue = await GetCase(coordinator, board.LongOverdue);
        Assert.That(longOverdue.Status, Is.EqualTo(CaseStatus.Coordination));
        Assert.That(longOverdue.History.TakeLast(2).Select(h => h.Action), Is.EqualTo(new[] { CaseHistoryAction.StartCoordination, CaseHistoryAction.CoordinationReview }));
        Assert.That(longOverdue.Deadlines.Single(d => d.Kind == DeadlineKind.CoordinationReview).DueDate, Is.EqualTo(Today.AddDays(14)), "the next review the group set");
        Assert.That((await GetCase(coordinator, board.InCoordination)).Status, Is.EqualTo(CaseStatus.PreventionPlan));
        Assert.That((await GetCase(coordinator, board.CareContactDue)).Status, Is.EqualTo(CaseStatus.Reported));
        var reviews = await (await coordinator.GetAsync($"/api/coordination-groups/{World.GroupA}/reviews")).Read<ReviewList>();
        Assert.That(reviews.Items.Single().Items.Select(i => i.Decision), Is.EqualTo(new[]
        {
            ReviewDecision.StartCoordination, ReviewDecision.AgreePreventionPlan, ReviewDecision.ContinueMonitoring,
        }));
    }

    [Test]
    public async Task ShouldRejectTheWholeReviewWhenOneTransitionIsNotPermitted()
    {
        var board = await BuildBoardData();
        var coordinator = await World.Coordinator();
        var before = await GetCase(coordinator, board.LongOverdue);

        // The care-contact case is 3 days old: its first-conversation deadline has not passed, so no coordination yet.
        var response = await coordinator.PostJson($"/api/coordination-groups/{World.GroupA}/reviews", new
        {
            heldOn = Today,
            attendees = new[] { "Koordinator" },
            items = new object[]
            {
                new { caseId = board.LongOverdue, decision = "StartCoordination" },
                new { caseId = board.CareContactDue, decision = "StartCoordination" },
            },
        });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/invalid-transition"));
        Assert.That(problem.Codes(), Has.One.StartsWith("items[1].decision: "), "the refused item's decision");
        var after = await GetCase(coordinator, board.LongOverdue);
        Assert.That((after.Status, after.Version), Is.EqualTo((before.Status, before.Version)), "nothing of the review was recorded");
        Assert.That((await (await coordinator.GetAsync($"/api/coordination-groups/{World.GroupA}/reviews")).Read<ReviewList>()).Items, Is.Empty);
    }

    [TestCase("""{"attendees":["K"],"items":[{"caseId":"00000000-0000-0000-0000-000000000001","decision":"ContinueMonitoring"}]}""", "heldOn", TestName = "no date")]
    [TestCase("""{"heldOn":"2026-03-16","items":[{"caseId":"00000000-0000-0000-0000-000000000001","decision":"ContinueMonitoring"}]}""", "attendees", TestName = "no attendees")]
    [TestCase("""{"heldOn":"2026-03-16","attendees":["K"],"items":[]}""", "items", TestName = "no cases")]
    [TestCase("""{"heldOn":"2026-03-16","attendees":["K"],"items":[{"decision":"ContinueMonitoring"}]}""", "items[0].caseId", TestName = "an item without a case")]
    [TestCase("""{"heldOn":"2026-03-16","attendees":["K"],"items":[{"caseId":"00000000-0000-0000-0000-000000000001","decision":"Panic"}]}""", "items[0].decision", TestName = "an unknown decision")]
    [TestCase("""{"heldOn":"2026-03-16","attendees":["K"],"items":[{"caseId":"00000000-0000-0000-0000-000000000001","decision":"Close"}]}""", "items[0].closeReason", TestName = "closing without a reason")]
    [TestCase("""{"heldOn":"2026-03-16","attendees":["K"],"items":[{"caseId":"00000000-0000-0000-0000-000000000001","decision":"AgreePreventionPlan"}]}""", "items[0].measures", TestName = "a plan without measures")]
    [TestCase("""{"heldOn":"2026-03-16","attendees":["K"],"items":[{"caseId":"00000000-0000-0000-0000-000000000001","decision":"ContinueMonitoring"}]}""", "items[0].caseId", TestName = "an unknown case")]
    public async Task ShouldRejectABadReviewNamingTheField(string json, string field)
    {
        var response = await (await World.Coordinator()).PostRawJson($"/api/coordination-groups/{World.GroupA}/reviews", json);

        Assert.That(await response.FieldErrors(), Does.Contain(field));
    }

    [Test]
    public async Task ShouldRefuseAReviewOfAnotherGroupsCase()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-40));

        var response = await (await World.Coordinator()).PostJson($"/api/coordination-groups/{World.GroupA}/reviews", new
        {
            heldOn = Today,
            attendees = new[] { "Koordinator" },
            items = new[] { new { caseId = caseOfB, decision = "ContinueMonitoring" } },
        });

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { "items[0].caseId" }));
        Assert.That((await GetCase(await World.ManagerB(), caseOfB)).History.Select(h => h.Action), Does.Not.Contain(CaseHistoryAction.CoordinationReview));
    }

    /// <summary>Cases of workplace A in every situation the board knows, one quiet case and one of workplace B.</summary>
    [Test]
    public async Task ShouldDeclareTheGroupChecksAnswersOfBoardAndReviewsInTheOpenApiDocument()
    {
        var document = System.Text.Json.JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        IEnumerable<string> Answers(string path, string method) =>
            paths.GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().Select(r => r.Name);

        Assert.That(Answers("/api/coordination-groups/{id}/board", "get"), Is.SupersetOf(new[] { "403", "404" }));
        Assert.That(Answers("/api/coordination-groups/{id}/reviews", "get"), Is.SupersetOf(new[] { "403", "404" }));
        Assert.That(Answers("/api/coordination-groups/{id}/reviews", "post"), Is.SupersetOf(new[] { "400", "403", "404", "409" }));
    }

    private async Task<BoardCases> BuildBoardData()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "1004;Dina Eskildsen;A;30;2020-01-01;;Pædagog\n" +
            "1005;Emil Falk;A1;37;2020-01-01;;Pædagog\n" +
            "1006;Frida Gram;A;37;2020-01-01;;Pædagog\n");
        var employees = await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(
            db.Employees, e => e.EmployeeNumber, e => e.Id));
        var manager = await World.ManagerA();

        var longOverdue = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-40));
        var careContactDue = await ReportSickCall(manager, World.EmployeeA1, Today.AddDays(-2));
        var inCoordination = await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-20));
        await manager.PostJson($"/api/cases/{inCoordination}/care-contact", new { on = Today.AddDays(-18) });
        await manager.PostJson($"/api/cases/{inCoordination}/first-conversation", new { heldOn = Today.AddDays(-15), form = "Phone" });
        await (await World.Coordinator()).PostJson($"/api/cases/{inCoordination}/coordination", new { startedOn = Today.AddDays(-10) });
        var returned = await ReportSickCall(manager, employees["1004"], Today.AddDays(-8));
        await manager.PostJson($"/api/cases/{returned}/return", new { returnedOn = Today.AddDays(-5) });
        var returnedLongAgo = await ReportSickCall(manager, employees["1006"], Today.AddDays(-30));
        await manager.PostJson($"/api/cases/{returnedLongAgo}/return", new { returnedOn = Today.AddDays(-15) });
        var quiet = await ReportSickCall(manager, employees["1005"], Today.AddDays(-10));
        await (await manager.PostJson($"/api/cases/{quiet}/care-contact", new { on = Today.AddDays(-8) })).Read<CaseActionResult>();
        var otherGroup = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-40));
        return new BoardCases(longOverdue, careContactDue, inCoordination, returned, returnedLongAgo, quiet, otherGroup);
    }

    private sealed record BoardCases(Guid LongOverdue, Guid CareContactDue, Guid InCoordination, Guid Returned, Guid ReturnedLongAgo, Guid Quiet, Guid OtherGroup);
}

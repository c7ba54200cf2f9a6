using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Deadlines;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class DeadlineApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    // Care contact is due 4 days after the first sick day, on the days the clocks change at 01:00 UTC: forward on
    // 29 March 2026 (to UTC+2), back on 25 October 2026 (to UTC+1). It is overdue from midnight in Copenhagen.
    [TestCase("2026-03-25", "2026-03-29T21:59:00Z", DeadlineStatus.Due, TestName = "23:59 on the due date after summer time began")]
    [TestCase("2026-03-25", "2026-03-29T22:00:00Z", DeadlineStatus.Overdue, TestName = "midnight after the due date, summer time")]
    [TestCase("2026-10-21", "2026-10-25T22:59:00Z", DeadlineStatus.Due, TestName = "23:59 on the due date after summer time ended")]
    [TestCase("2026-10-21", "2026-10-25T23:00:00Z", DeadlineStatus.Overdue, TestName = "midnight after the due date, winter time")]
    public async Task ShouldTurnOverdueAtMidnightInCopenhagenAcrossTheClockChanges(string firstDay, string instant, DeadlineStatus expected)
    {
        var first = DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture);
        Factory.Time.SetUtcNow(new DateTimeOffset(first.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        World.ForgetTokens();
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, first);

        Factory.Time.SetUtcNow(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));
        World.ForgetTokens();
        var careContact = (await GetCase(await World.ManagerA(), caseId)).Deadlines.Single(d => d.Kind == DeadlineKind.CareContact);

        Assert.That((careContact.DueDate, careContact.Status), Is.EqualTo((first.AddDays(4), expected)));
    }

    [Test]
    public async Task ShouldMeetTheMunicipalityNotificationAndTheRoundTableThroughTheirActions()
    {
        var manager = await World.ManagerA();
        var firstDay = Today.AddDays(-39);
        var caseId = await ReportSickCall(manager, World.EmployeeA, firstDay);

        await (await manager.PostJson($"/api/cases/{caseId}/municipality-notification", new { on = firstDay.AddDays(33) })).Read<CaseActionResult>();
        await (await manager.PostJson($"/api/cases/{caseId}/round-table", new { heldOn = Today, note = "Med jobcenteret" })).Read<CaseActionResult>();

        var deadlines = (await GetCase(manager, caseId)).Deadlines;
        Assert.That(deadlines.Where(d => d.Kind is DeadlineKind.MunicipalityNotification or DeadlineKind.RoundTableMeeting).Select(d => (d.Kind, d.Status, d.MetOn)),
            Is.EquivalentTo(new[]
            {
                (DeadlineKind.MunicipalityNotification, DeadlineStatus.Met, (DateOnly?)firstDay.AddDays(33)),
                (DeadlineKind.RoundTableMeeting, DeadlineStatus.Met, (DateOnly?)Today),
            }));
    }

    [Test]
    public async Task ShouldRefuseAMunicipalityNotificationBeforeTheEmployerPeriodHasPassed()
    {
        var manager = await World.ManagerA();
        // Day 30 is today: the absence has not yet passed the 30-day employer period.
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-29));

        var response = await manager.PostJson($"/api/cases/{caseId}/municipality-notification", new { on = Today });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("permittedActions").EnumerateArray().Select(a => a.GetString()), Does.Not.Contain("NotifyMunicipality"));
    }

    [Test]
    public async Task ShouldAskForFastTrackAndARetentionPlanWhenTheExpectedReturnIsLaterThanEightWeeks()
    {
        var manager = await World.ManagerA();
        var firstDay = Today.AddDays(-10);
        var caseId = await ReportSickCall(manager, World.EmployeeA, firstDay);
        await manager.PostJson($"/api/cases/{caseId}/first-conversation", new { heldOn = Today, form = "InPerson", expectedReturn = firstDay.AddDays(57) });

        var before = await GetCase(manager, caseId);
        await (await manager.PostJson($"/api/cases/{caseId}/fast-track", new { requestedOn = Today })).Read<CaseActionResult>();
        await (await manager.PostJson($"/api/cases/{caseId}/retention-plan", new { madeOn = Today, content = "Skånehensyn og nedsat tid i 6 uger." })).Read<CaseActionResult>();
        var after = await GetCase(manager, caseId);

        Assert.That(before.PermittedActions, Is.SupersetOf(new[] { CaseTrigger.RequestFastTrack, CaseTrigger.MakeRetentionPlan }));
        Assert.That(before.Deadlines.Where(d => d.Kind is DeadlineKind.FastTrackOption or DeadlineKind.RetentionPlan).Select(d => (d.Kind, d.DueDate)),
            Is.EquivalentTo(new[] { (DeadlineKind.FastTrackOption, firstDay.AddDays(35)), (DeadlineKind.RetentionPlan, firstDay.AddDays(56)) }));
        Assert.That(after.Deadlines.Where(d => d.Kind is DeadlineKind.FastTrackOption or DeadlineKind.RetentionPlan).Select(d => d.Status),
            Is.All.EqualTo(DeadlineStatus.Met));
    }

    [Test]
    public async Task ShouldMakeARetentionPlanDueWhenTheEmployeeAsksForOne()
    {
        var manager = await World.ManagerA();
        var firstDay = Today.AddDays(-10);
        var caseId = await ReportSickCall(manager, World.EmployeeA, firstDay);

        await (await manager.PostJson($"/api/cases/{caseId}/retention-plan-request", new { requestedOn = Today })).Read<CaseActionResult>();
        var again = await manager.PostJson($"/api/cases/{caseId}/retention-plan-request", new { requestedOn = Today });

        var details = await GetCase(manager, caseId);
        Assert.That(details.RetentionPlanRequestedOn, Is.EqualTo(Today));
        Assert.That(details.Deadlines.Single(d => d.Kind == DeadlineKind.RetentionPlan).DueDate, Is.EqualTo(firstDay.AddDays(56)));
        Assert.That(details.PermittedActions, Does.Contain(CaseTrigger.MakeRetentionPlan));
        await again.Problem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldListOnlyCasesWithAnOverdueDeadline()
    {
        var manager = await World.ManagerA();
        var overdue = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-10));
        var fresh = await ReportSickCall(manager, World.EmployeeA1, Today);

        var overdueList = await (await manager.GetAsync("/api/cases?overdue=true")).Read<AbsenceCases.Application.Cases.Queries.CaseList>();
        var others = await (await manager.GetAsync("/api/cases?overdue=false")).Read<AbsenceCases.Application.Cases.Queries.CaseList>();

        Assert.That((overdueList.Total, overdueList.Items.Single().Id), Is.EqualTo((1, overdue)));
        Assert.That(others.Items.Select(i => i.Id), Is.EqualTo(new[] { fresh }));
        Assert.That(await (await manager.GetAsync("/api/cases?overdue=maybe")).FieldErrors(), Is.EqualTo(new[] { "overdue" }));
    }

    [Test]
    public async Task ShouldRejectARetentionPlanWithoutContent()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));

        var response = await manager.PostJson($"/api/cases/{caseId}/retention-plan", new { madeOn = Today });

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { "content" }));
    }
}

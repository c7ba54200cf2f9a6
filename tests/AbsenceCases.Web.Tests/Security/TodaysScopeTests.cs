using System.Globalization;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// Scope is today's organisation (DESIGN section 9): an employee is in a manager's or coordinator's scope while an
/// employment in their units covers today, and for 30 days after the last employment ended; the case follows the employee.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class TodaysScopeTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Header = "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n";

    [Test]
    public async Task ShouldMoveTheEmployeeAndTheCaseToTheNewManagerTheDayTheNewEmploymentStarts()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-2));
        await ImportEmployees(
            $"1001;Anna Andersen;A;37;2020-01-01;{Iso(Today.AddDays(2))};Pædagog\n" +
            $"1001;Anna Andersen;B;37;{Iso(Today.AddDays(3))};;Pædagog\n");

        MoveClockTo(Today.AddDays(2));
        var oldManager = await World.ManagerA();
        var newManager = await World.ManagerB();
        Assert.That((await oldManager.GetAsync($"/api/cases/{caseId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the last day of the old employment");
        Assert.That((await oldManager.GetAsync($"/api/employees/{World.EmployeeA}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await newManager.GetAsync($"/api/cases/{caseId}")).Problem(HttpStatusCode.Forbidden);
        await (await newManager.GetAsync($"/api/employees/{World.EmployeeA}")).Problem(HttpStatusCode.Forbidden);

        MoveClockTo(Today.AddDays(3));
        oldManager = await World.ManagerA();
        newManager = await World.ManagerB();
        await (await oldManager.GetAsync($"/api/cases/{caseId}")).Problem(HttpStatusCode.Forbidden);
        await (await oldManager.GetAsync($"/api/employees/{World.EmployeeA}")).Problem(HttpStatusCode.Forbidden);
        await (await oldManager.PostJson($"/api/cases/{caseId}/care-contact", new { on = Today.AddDays(3) })).Problem(HttpStatusCode.Forbidden);
        await (await oldManager.PostJson($"/api/employees/{World.EmployeeA}/section56-agreements", new { validFrom = Today })).Problem(HttpStatusCode.Forbidden);
        Assert.That((await (await oldManager.GetAsync("/api/cases")).Read<CaseList>()).Items, Is.Empty);
        Assert.That((await (await oldManager.GetAsync("/api/employees")).Read<EmployeePage>()).Items.Select(e => e.EmployeeNumber),
            Is.EquivalentTo(new[] { "1002", "1003" }));

        var asNewManager = await GetCase(newManager, caseId);
        Assert.That((asNewManager.UnitId, asNewManager.UnitName), Is.EqualTo((World.UnitB, "Børnehuset B")), "the case follows the employee");
        Assert.That((await (await newManager.GetAsync("/api/cases")).Read<CaseList>()).Items.Select(i => (i.Id, i.UnitId)),
            Is.EqualTo(new[] { (caseId, World.UnitB) }));
        Assert.That((await newManager.GetAsync($"/api/employees/{World.EmployeeA}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var contact = await newManager.PostJson($"/api/cases/{caseId}/care-contact", new { on = Today.AddDays(3) });
        Assert.That(contact.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await GetCase(newManager, caseId)).CareContactOn, Is.EqualTo(Today.AddDays(3)));
    }

    [Test]
    public async Task ShouldKeepALeaverInScopeFor30DaysAfterTheLastEmploymentEnded()
    {
        var caseId = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-1));
        await ImportEmployees($"2001;Dorte Eriksen;B;37;2019-01-01;{Iso(Today)};Pædagog\n");

        MoveClockTo(Today.AddDays(30));
        var manager = await World.ManagerB();
        Assert.That((await manager.GetAsync($"/api/cases/{caseId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "day 30 after the employment ended");
        Assert.That((await manager.GetAsync($"/api/employees/{World.EmployeeB}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await (await manager.GetAsync("/api/cases")).Read<CaseList>()).Items.Select(i => i.Id), Is.EqualTo(new[] { caseId }));
        Assert.That((await (await manager.GetAsync("/api/employees")).Read<EmployeePage>()).Total, Is.EqualTo(1));

        MoveClockTo(Today.AddDays(31));
        manager = await World.ManagerB();
        await (await manager.GetAsync($"/api/cases/{caseId}")).Problem(HttpStatusCode.Forbidden);
        await (await manager.GetAsync($"/api/employees/{World.EmployeeB}")).Problem(HttpStatusCode.Forbidden);
        await (await manager.PostJson($"/api/cases/{caseId}/close", new { closedOn = Today.AddDays(31), reason = "Resigned" })).Problem(HttpStatusCode.Forbidden);
        Assert.That((await (await manager.GetAsync("/api/cases")).Read<CaseList>()).Items, Is.Empty);
        Assert.That((await (await manager.GetAsync("/api/employees")).Read<EmployeePage>()).Items, Is.Empty);
        Assert.That((await (await World.Hr()).GetAsync($"/api/cases/{caseId}")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "HR keeps everything");
    }

    [Test]
    public async Task ShouldGiveTheCoordinatorTheCasesOfWhoWorksInTheGroupsWorkplacesToday()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-40));
        var caseOfA = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        await ImportEmployees(
            $"2001;Dorte Eriksen;B;37;2019-01-01;{Iso(Today)};Pædagog\n" +
            $"2001;Dorte Eriksen;A;37;{Iso(Today.AddDays(1))};;Pædagog\n" +
            $"1001;Anna Andersen;A;37;2020-01-01;{Iso(Today)};Pædagog\n");

        var coordinator = await World.Coordinator();
        await (await coordinator.GetAsync($"/api/cases/{caseOfB}")).Problem(HttpStatusCode.Forbidden);
        Assert.That(await Board(coordinator), Is.EqualTo(new[] { caseOfA }));

        MoveClockTo(Today.AddDays(30));
        coordinator = await World.Coordinator();
        Assert.That((await (await coordinator.GetAsync("/api/cases")).Read<CaseList>()).Items.Select(i => i.Id), Is.EquivalentTo(new[] { caseOfA, caseOfB }));
        Assert.That(await Board(coordinator), Is.EquivalentTo(new[] { caseOfA, caseOfB }), "the leaver's case stays on day 30");
        var started = await coordinator.PostJson($"/api/cases/{caseOfB}/coordination", new { startedOn = Today.AddDays(30) });
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        MoveClockTo(Today.AddDays(31));
        coordinator = await World.Coordinator();
        await (await coordinator.GetAsync($"/api/cases/{caseOfA}")).Problem(HttpStatusCode.Forbidden);
        Assert.That((await (await coordinator.GetAsync("/api/cases")).Read<CaseList>()).Items.Select(i => i.Id), Is.EqualTo(new[] { caseOfB }));
        Assert.That(await Board(coordinator), Is.EqualTo(new[] { caseOfB }));
    }

    [Test]
    public async Task ShouldRefuseASickCallForAnEmployeeWhoseOpenCaseMovedAwayWithoutSayingWhere()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-2));
        await ImportEmployees(
            $"1001;Anna Andersen;A;37;2020-01-01;{Iso(Today.AddDays(-1))};Pædagog\n" +
            $"1001;Anna Andersen;B;37;{Iso(Today)};;Pædagog\n");
        var oldManager = await World.ManagerA();

        var byId = await oldManager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "child_illness" });
        var byNumber = await oldManager.PostJson("/api/sick-calls", new { employeeNumber = "1001", firstDay = Today, absenceType = "child_illness" });

        foreach (var response in new[] { byId, byNumber })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(response.Headers.Location, Is.Null);
            var body = await response.Content.ReadAsStringAsync();
            Assert.That(body, Does.Not.Contain(caseId.ToString()).And.Not.Contain("Børnehuset B").And.Not.Contain("\"unitId\""));
        }

        var asHr = await GetCase(await World.Hr(), caseId);
        Assert.That(asHr.Spells, Has.Count.EqualTo(1), "nothing joined the case");
    }

    private async Task<IReadOnlyList<Guid>> Board(HttpClient coordinator) =>
        (await (await coordinator.GetAsync($"/api/coordination-groups/{World.GroupA}/board")).Read<Board>()).Items.Select(i => i.CaseId).ToList();

    private async Task ImportEmployees(string rows)
    {
        var response = await (await World.Hr()).PostCsv("/api/imports/employees", Header + rows);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        await response.Read<ImportResult>();
    }

    private void MoveClockTo(DateOnly day)
    {
        Factory.Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));
        World.ForgetTokens();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

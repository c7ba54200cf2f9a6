using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>A manager sees the cases of their units and the units below; a coordinator those of their group's workplaces.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ScopeTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldNotLetAManagerReadListOrActOnAnotherUnitsCase()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-2));
        var managerA = await World.ManagerA();

        await (await managerA.GetAsync($"/api/cases/{caseOfB}")).Problem(HttpStatusCode.Forbidden);
        await (await managerA.PostJson($"/api/cases/{caseOfB}/care-contact", new { on = Today })).Problem(HttpStatusCode.Forbidden);
        await (await managerA.PostJson($"/api/cases/{caseOfB}/return", new { returnedOn = Today })).Problem(HttpStatusCode.Forbidden);
        var list = await (await managerA.GetAsync("/api/cases")).Read<CaseList>();
        Assert.That(list.Items, Is.Empty);
        await (await managerA.GetAsync($"/api/cases?unitId={World.UnitB}")).Problem(HttpStatusCode.Forbidden);

        var asB = await GetCase(await World.ManagerB(), caseOfB);
        Assert.That(asB.CareContactOn, Is.Null, "the refused action changed nothing");
    }

    [Test]
    public async Task ShouldNotLetAManagerReportASickCallForAnotherUnitsEmployee()
    {
        var managerA = await World.ManagerA();

        var response = await managerA.PostJson("/api/sick-calls", new { employeeId = World.EmployeeB, firstDay = Today, absenceType = "own_illness" });

        await response.Problem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldLetAManagerSeeCasesOfTheTeamsBelowTheirUnit()
    {
        var managerA = await World.ManagerA();
        var caseOfTeam = await ReportSickCall(managerA, World.EmployeeA1, Today);

        var list = await (await managerA.GetAsync($"/api/cases?unitId={World.UnitA}")).Read<CaseList>();

        Assert.That(list.Items.Select(i => i.Id), Is.EqualTo(new[] { caseOfTeam }));
        Assert.That((await GetCase(managerA, caseOfTeam)).UnitId, Is.EqualTo(World.TeamA1));
    }

    [Test]
    public async Task ShouldLimitACoordinatorToTheGroupsWorkplaces()
    {
        var caseOfA = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-40));
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today.AddDays(-40));
        var coordinator = await World.Coordinator();

        var list = await (await coordinator.GetAsync("/api/cases")).Read<CaseList>();
        Assert.That(list.Items.Select(i => i.Id), Is.EqualTo(new[] { caseOfA }));
        await (await coordinator.GetAsync($"/api/cases/{caseOfB}")).Problem(HttpStatusCode.Forbidden);
        await (await coordinator.PostJson($"/api/cases/{caseOfB}/coordination", new { startedOn = Today })).Problem(HttpStatusCode.Forbidden);
        var started = await coordinator.PostJson($"/api/cases/{caseOfA}/coordination", new { startedOn = Today });
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldLetHrSeeEveryCase()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        var list = await (await (await World.Hr()).GetAsync("/api/cases")).Read<CaseList>();

        Assert.That(list.Total, Is.EqualTo(2));
    }

    [Test]
    public async Task ShouldListOnlyTheEmployeesInScope()
    {
        var page = await (await (await World.ManagerB()).GetAsync("/api/employees")).Read<EmployeePage>();

        Assert.That(page.Items.Select(e => e.EmployeeNumber), Is.EqualTo(new[] { "2001" }));
    }

    [Test]
    public async Task ShouldSearchEmployeesByNameOrNumber()
    {
        var hr = await World.Hr();

        var byName = await (await hr.GetAsync("/api/employees?search=bech")).Read<EmployeePage>();
        var byNumber = await (await hr.GetAsync("/api/employees?search=100")).Read<EmployeePage>();

        Assert.That(byName.Items.Select(e => e.Name), Is.EqualTo(new[] { "Bo Bech" }));
        Assert.That(byNumber.Items.Select(e => e.EmployeeNumber), Is.EquivalentTo(new[] { "1001", "1002", "1003" }));
    }

    [TestCase("T7001")]
    [TestCase("t70")]
    public async Task ShouldFindAnEmployeeNumberWithLettersWhateverTheirCase(string search)
    {
        var hr = await World.Hr();
        var employees = "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
                        "T7001;Tove Thomsen;A;37;2024-01-01;;Pædagog\n";
        (await hr.PostCsv("/api/imports/employees", employees)).EnsureSuccessStatusCode();

        var found = await (await hr.GetAsync($"/api/employees?search={search}")).Read<EmployeePage>();

        Assert.That(found.Items.Select(e => e.EmployeeNumber), Is.EqualTo(new[] { "T7001" }));
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownCase()
    {
        var response = await (await World.Hr()).GetAsync($"/api/cases/{Guid.NewGuid()}");

        await response.Problem(HttpStatusCode.NotFound);
    }
}

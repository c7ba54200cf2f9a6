using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.Infrastructure.Statistics;
using AbsenceCases.Web.Tests.Statistics;
using AbsenceCases.Web.Tests.Ui;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.MultiInstance;

/// <summary>
/// Two instances on one database answer alike: what is committed through instance A is in the statistics of instance B
/// on B's next request, though B built its facts before (the change feed), and B's sign-ins are A's. The figures are
/// worked out by hand as in <see cref="StatisticsFreshnessTests"/>.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class StatisticsAcrossInstancesTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    private AbsenceCasesFactory _b = null!;
    private TestWorld _worldB = null!;

    [SetUp]
    public void StartInstanceB()
    {
        _b = Factory.Restarted();
        _worldB = World.On(_b);
    }

    [TearDown]
    public async Task StopInstanceB() => await _b.DisposeAsync();

    [Test]
    public async Task ShouldShowASickCallRegisteredOnAInTheStatisticsOfB()
    {
        var hrB = await _worldB.Hr();
        var query = $"from=2026-03&to=2026-03&unitId={World.UnitA}";
        // Workplace A: f = 1 + 1 + 0.5 = 2.5; March 2026 has 22 working days: 55 possible days.
        AssertFigures(await SingleRow(hrB, query), possibleDays: 55, absenceDays: 0, periodsEnded: 0, workingDays: 22);

        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);

        // Monday 16 March, today: 1 working day at f = 1, a period ending as of today.
        AssertFigures(await SingleRow(hrB, query), possibleDays: 55, absenceDays: 1, periodsEnded: 1, workingDays: 22);
    }

    [Test]
    public async Task ShouldShowAReturnOnAInTheStatisticsOfB()
    {
        var query = $"from=2026-03&to=2026-03&unitId={World.UnitA}";
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        Factory.Time.Advance(TimeSpan.FromDays(3));
        var hrB = await _worldB.Hr();
        // Thursday 19 March: Monday–Thursday = 4 days.
        AssertFigures(await SingleRow(hrB, query), possibleDays: 55, absenceDays: 4, periodsEnded: 1, workingDays: 22);

        World.ForgetTokens();
        var returned = await (await World.ManagerA()).PostJson($"/api/cases/{caseId}/return", new { returnedOn = new DateOnly(2026, 3, 18) });
        Assert.That(returned.StatusCode, Is.EqualTo(HttpStatusCode.OK), await returned.Content.ReadAsStringAsync());

        // Back on Wednesday 18 March: the spell ends Tuesday 17 March, 2 days.
        AssertFigures(await SingleRow(hrB, query), possibleDays: 55, absenceDays: 2, periodsEnded: 1, workingDays: 22);
    }

    [Test]
    public async Task ShouldShowImportsOnAInTheStatisticsAndEmployeesOfB()
    {
        var hrB = await _worldB.Hr();
        // Workplace A in March 2024 (19 working days: Maundy Thursday and Good Friday are holidays): 2.5 × 19 = 47.5.
        var unitA = $"from=2024-03&to=2024-03&unitId={World.UnitA}";
        AssertFigures(await SingleRow(hrB, unitA), possibleDays: 47.5, absenceDays: 0, periodsEnded: 0, workingDays: 19);

        var hrA = await Import("7001;Ane Ager;W2;37;2024-01-01;;Kok\n", "7001;2024-03-04;2024-03-05;100;own_illness\n");
        var stat = $"from=2024-03&to=2024-03&unitId={await UnitId("STAT")}";
        // New units, and 7001 full time in W2 under STAT, absent Monday–Tuesday 4–5 March.
        AssertFigures(await SingleRow(hrB, stat), possibleDays: 19, absenceDays: 2, periodsEnded: 1, workingDays: 19);

        await (await hrA.PostCsv("/api/imports/employees", EmployeesHeader + "7001;Ane Ager;W2;29.6;2024-01-01;;Kok\n")).Read<ImportResult>();
        // f = 29.6 / 37 = 0.8: possible 19 × 0.8 = 15.2, absence 2 × 0.8 = 1.6.
        AssertFigures(await SingleRow(hrB, stat), possibleDays: 15.2, absenceDays: 1.6, periodsEnded: 1, workingDays: 19);
        var employeeId = await World.InDatabase(db => db.Employees.Where(e => e.EmployeeNumber == "7001").Select(e => e.Id).SingleAsync());
        var employee = await (await hrB.GetAsync($"/api/employees/{employeeId}")).Read<EmployeeDetails>();
        Assert.That(employee.Employee.Employments.Select(e => e.WeeklyHours), Is.EqualTo(new[] { 29.6m }));

        await (await hrA.PostCsv("/api/imports/units", "unit_code;name;kind;parent_code;is_pilot\nW2;Køkkenet;team;A;false\n")).Read<ImportResult>();
        // W2, now a team of A, brings 7001: 47.5 + 15.2 possible days.
        AssertFigures(await SingleRow(hrB, unitA), possibleDays: 62.7, absenceDays: 1.6, periodsEnded: 1, workingDays: 19);
    }

    [Test]
    public async Task ShouldBuildAnewOnAnInstanceThatMissedDeletedChanges()
    {
        var hrB = await _worldB.Hr();
        var query = $"from=2026-03&to=2026-03&unitId={World.UnitA}";
        AssertFigures(await SingleRow(hrB, query), possibleDays: 55, absenceDays: 0, periodsEnded: 0, workingDays: 22);
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        Factory.Time.Advance(TimeSpan.FromDays(2));
        World.ForgetTokens();
        _worldB.ForgetTokens();
        await ReportSickCall(await World.ManagerA(), World.EmployeeA2, Today.AddDays(2));

        var retention = await RunRetention();

        Assert.That(retention.Counts["statisticsChanges"], Is.Positive);
        // Wednesday 18 March: employee A Monday–Wednesday, 3 days (only in a deleted row), employee A2 today, 1 day.
        AssertFigures(await SingleRow(await _worldB.Hr(), query), possibleDays: 55, absenceDays: 4, periodsEnded: 2, workingDays: 22);
    }

    [Test]
    public async Task ShouldDeleteTheChangesOlderThanADayButTheNewest()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var old = await Changes();
        Factory.Time.Advance(TimeSpan.FromDays(2));
        World.ForgetTokens();
        await ReportSickCall(await World.ManagerA(), World.EmployeeA2, Today.AddDays(2));
        var recent = (await Changes()).Except(old).ToList();

        var first = await RunRetention();
        var afterFirst = await Changes();
        Factory.Time.Advance(TimeSpan.FromDays(2));
        World.ForgetTokens();
        var second = await RunRetention();
        var afterSecond = await Changes();

        Assert.Multiple(() =>
        {
            Assert.That(old, Is.Not.Empty);
            Assert.That(recent, Is.Not.Empty);
            Assert.That(first.Counts["statisticsChanges"], Is.EqualTo(old.Count));
            Assert.That(afterFirst, Is.EqualTo(recent));
            Assert.That(second.Counts["statisticsChanges"], Is.EqualTo(recent.Count - 1));
            Assert.That(afterSecond, Is.EqualTo(new[] { recent.Max() }));
        });
    }

    [Test]
    public async Task ShouldAcceptOnBTheCookieThatASet()
    {
        var cookies = new CookieContainer();
        var onA = new UiSession(Factory, cookies);
        var login = await onA.Get("/login");
        await onA.Submit(login, "main form", new() { ["Email"] = "leder.a@test.local", ["Password"] = TestWorld.Password });

        var page = await new UiSession(_b, cookies).Get("/", follow: false);

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Mine sager"));
    }

    private async Task<JobResult> RunRetention() =>
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/retention/run", null)).Read<JobResult>();

    private Task<List<long>> Changes() =>
        World.InDatabase(db => db.Set<StatisticsChange>().OrderBy(c => c.Sequence).Select(c => c.Sequence).ToListAsync());
}

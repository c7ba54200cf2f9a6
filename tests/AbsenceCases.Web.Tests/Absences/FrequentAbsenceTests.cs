using AbsenceCases.Application.Absences;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Absences;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class FrequentAbsenceTests(DatabaseProvider provider) : ApiTest(provider)
{
    /// <summary>Two one-day own-illness periods of Anna Andersen (1001) within the last half year.</summary>
    private const string TwoShortAbsences =
        "employee_number;first_day;last_day;percent;absence_type\n" +
        "1001;2025-11-03;2025-11-03;100;own_illness\n" +
        "1001;2026-01-12;2026-01-12;100;own_illness\n";

    [Test]
    public async Task ShouldOpenOneFrequentAbsenceCaseWhenTheThirdShortAbsenceEnds()
    {
        await (await World.Hr()).PostCsv("/api/imports/absences", TwoShortAbsences);
        var manager = await World.ManagerA();
        var sickCall = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-1));

        await manager.PostJson($"/api/cases/{sickCall}/return", new { returnedOn = Today });
        var job = await (await (await World.Admin()).PostAsync("/api/admin/jobs/frequent-absence/run", null)).Read<JobResult>();

        var cases = await (await manager.GetAsync("/api/cases")).Read<CaseList>();
        var frequent = cases.Items.Where(c => c.Kind == CaseKind.FrequentAbsence).ToList();
        Assert.That(frequent.Select(c => (c.Employee.Id, c.Status, c.FirstDay)), Is.EqualTo(new[] { (World.EmployeeA, CaseStatus.Reported, Today) }));
        Assert.That(job.Counts["casesOpened"], Is.Zero, "the same pattern never opens a second case");
        var details = await GetCase(manager, frequent[0].Id);
        Assert.That(details.Deadlines.Select(d => (d.Kind, d.DueDate)), Is.EqualTo(new[] { (DeadlineKind.FrequentAbsenceConversation, Today.AddDays(14)) }));
        Assert.That(details.History.Single().Note, Does.StartWith("3 fraværsperioder på et halvt år"));
        var asCoordinator = await GetCase(await World.Coordinator(), frequent[0].Id);
        Assert.That(asCoordinator.PermittedActions, Does.Contain(CaseTrigger.StartCoordination), "a frequent-absence case may go to coordination at once");
    }

    [Test]
    public async Task ShouldFindAPatternFromAnImportWithTheNightlyJob()
    {
        await (await World.Hr()).PostCsv("/api/imports/absences", TwoShortAbsences + "1001;2026-03-02;2026-03-02;100;own_illness\n");

        var job = await (await (await World.Admin()).PostAsync("/api/admin/jobs/frequent-absence/run", null)).Read<JobResult>();

        Assert.That(job.Counts["casesOpened"], Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldLeaveAnEmployeeWithASection56AgreementAlone()
    {
        await (await World.Hr()).PostCsv("/api/imports/absences", TwoShortAbsences + "1001;2026-03-02;2026-03-02;100;own_illness\n");
        var manager = await World.ManagerA();

        var agreement = await (await manager.PostJson($"/api/employees/{World.EmployeeA}/section56-agreements", new { validFrom = "2025-10-01" }))
            .Read<Section56AgreementDto>();
        var job = await (await (await World.Admin()).PostAsync("/api/admin/jobs/frequent-absence/run", null)).Read<JobResult>();

        Assert.That((agreement.ValidTo, agreement.Active), Is.EqualTo((new DateOnly(2027, 9, 30), true)));
        Assert.That(job.Counts["casesOpened"], Is.Zero);
    }

    [Test]
    public async Task ShouldEndASection56Agreement()
    {
        var manager = await World.ManagerA();
        var agreement = await (await manager.PostJson($"/api/employees/{World.EmployeeA}/section56-agreements", new { validFrom = "2025-10-01" }))
            .Read<Section56AgreementDto>();

        var ended = await (await manager.PostJson($"/api/employees/{World.EmployeeA}/section56-agreements/{agreement.Id}/end", new { on = "2026-01-31" }))
            .Read<Section56AgreementDto>();
        var overlapping = await manager.PostJson($"/api/employees/{World.EmployeeA}/section56-agreements", new { validFrom = "2026-01-15" });

        Assert.That((ended.EndedOn, ended.Active), Is.EqualTo(((DateOnly?)new DateOnly(2026, 1, 31), false)));
        await overlapping.Problem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldShowSection56AgreementsToTheManagerAndHrButNotToTheCoordinator()
    {
        await (await World.Hr()).PostJson($"/api/employees/{World.EmployeeA}/section56-agreements", new { validFrom = "2026-01-01" });

        var asManager = await (await (await World.ManagerA()).GetAsync($"/api/employees/{World.EmployeeA}")).Read<EmployeeDetails>();
        var asHr = await (await (await World.Hr()).GetAsync($"/api/employees/{World.EmployeeA}")).Read<EmployeeDetails>();
        var asCoordinator = await (await (await World.Coordinator()).GetAsync($"/api/employees/{World.EmployeeA}")).Read<EmployeeDetails>();

        Assert.That(asManager.Section56Agreements.Select(a => a.ValidFrom), Is.EqualTo(new[] { new DateOnly(2026, 1, 1) }));
        Assert.That(asHr.Section56Agreements, Has.Count.EqualTo(1));
        Assert.That(asCoordinator.Section56Agreements, Is.Empty);
        Assert.That(asCoordinator.Employee.EmployeeNumber, Is.EqualTo("1001"), "the coordinator still reads the employee");
    }

    [Test]
    public async Task ShouldShowTheBradfordFactorToTheManagerAndRefuseTheEmployeeToAnAdmin()
    {
        await (await World.Hr()).PostCsv("/api/imports/absences", TwoShortAbsences);

        var asManager = await (await (await World.ManagerA()).GetAsync($"/api/employees/{World.EmployeeA}")).Read<EmployeeDetails>();

        // Two one-day periods in the year: S = 2, D = 2, S² × D = 8.
        Assert.That(asManager.AbsencePattern, Is.EqualTo(new AbsencePatternDto(RecentPeriods: 2, WorkingDaysInYear: 2, BradfordFactor: 8, IsFrequent: false)));
        await (await (await World.Admin()).GetAsync($"/api/employees/{World.EmployeeA}")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.ManagerB()).GetAsync($"/api/employees/{World.EmployeeA}")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Hr()).GetAsync("/api/employees/99999")).Problem(HttpStatusCode.NotFound);
    }
}

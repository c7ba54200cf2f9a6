using AbsenceCases.Application.Auditing;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.Web.Tests.Statistics;

namespace AbsenceCases.Web.Tests.Cases;

/// <summary>
/// POST /api/cases/{id}/gradual-return (delvis raskmelding): the absence goes on at a lower percent from a day, in as
/// many steps as needed, and stays one absence period until the return to work.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class GradualReturnApiTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    [Test]
    public async Task ShouldKeepTheStepsDownToTheReturnOneLongPeriodWithTheirPercents()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2025-01-01;;Smed\n", absences: string.Empty);
        var sickCall = await hr.PostJson("/api/sick-calls", new { employeeNumber = "7001", firstDay = new DateOnly(2026, 2, 2), absenceType = "own_illness" });
        var caseId = (await sickCall.Read<SickCallRegistered>()).CaseId;

        await Act(hr, caseId, "gradual-return", new { from = new DateOnly(2026, 2, 16), percent = 60 });
        await Act(hr, caseId, "gradual-return", new { from = new DateOnly(2026, 3, 2), percent = 30 });
        var returned = await Act(hr, caseId, "return", new { returnedOn = new DateOnly(2026, 3, 9) });

        var details = await GetCase(hr, caseId);
        Assert.That(returned.Status, Is.EqualTo(CaseStatus.Closed), "a return in Reported closes the case");
        Assert.That(details.Spells.OrderBy(s => s.FirstDay).Select(s => (s.FirstDay, s.LastDay, s.Percent)), Is.EqualTo(new (DateOnly, DateOnly?, int)[]
        {
            (new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 15), 100),
            (new DateOnly(2026, 2, 16), new DateOnly(2026, 3, 1), 60),
            (new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 8), 30),
        }));
        Assert.That(details.History.Select(h => h.Action), Is.EqualTo(new[]
        {
            CaseHistoryAction.SickCallRegistered, CaseHistoryAction.RegisterGradualReturn, CaseHistoryAction.RegisterGradualReturn,
            CaseHistoryAction.RegisterReturn,
        }));

        var rows = await Rows(hr, $"from=2026-02&to=2026-03&unitId={await UnitId("W1")}&groupBy=month,lengthBand");

        // One period, Monday 2 February – Sunday 8 March 2026: 27 + 8 = 35 calendar days, long (as three periods of
        // 14, 14 and 7 days every day would be short). February 2026 has 20 working days: 2–13 at 100 % = 10 and 16–27
        // at 60 % = 10 × 0.6 = 6, together 16. March 2026 has 22 (Easter is 5 April): 2–6 at 30 % = 5 × 0.3 = 1.5, and
        // the period ends in March.
        Assert.That(rows.Select(r => (r.Period, r.LengthBand)), Is.EqualTo(new[]
        {
            ("2026-02", "short"), ("2026-02", "medium"), ("2026-02", "long"),
            ("2026-03", "short"), ("2026-03", "medium"), ("2026-03", "long"),
        }));
        AssertFigures(rows[2], possibleDays: 20, absenceDays: 16, periodsEnded: 0, workingDays: 20);
        AssertFigures(rows[5], possibleDays: 22, absenceDays: 1.5, periodsEnded: 1, workingDays: 22);
        Assert.That(rows.Where((_, i) => i is not (2 or 5)).Select(r => r.AbsenceDays + r.PeriodsEnded), Is.All.EqualTo(0));
    }

    [Test]
    public async Task ShouldOfferTheGradualReturnWhileTheAbsenceIsOpenAndAuditIt()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-14));
        Assert.That((await GetCase(manager, caseId)).PermittedActions, Does.Contain(CaseTrigger.RegisterGradualReturn));

        var result = await Act(manager, caseId, "gradual-return", new { from = Today.AddDays(-7), percent = 50 });

        Assert.That(result.Status, Is.EqualTo(CaseStatus.Reported));
        Assert.That(result.PermittedActions, Does.Contain(CaseTrigger.RegisterGradualReturn), "a further step may follow");
        var audit = await (await (await World.Hr()).GetAsync($"/api/audit?caseId={caseId}")).Read<AuditPage>();
        Assert.That(audit.Items.Select(i => (i.Action, i.UserName)), Does.Contain(("RegisterGradualReturn", "Leder A")));
        var history = (await GetCase(manager, caseId)).History.Last();
        Assert.That((history.Action, history.From, history.To, history.ByName),
            Is.EqualTo((CaseHistoryAction.RegisterGradualReturn, (CaseStatus?)CaseStatus.Reported, (CaseStatus?)CaseStatus.Reported, "Leder A")));
    }

    // Today is Monday 16 March 2026; the absence began on Monday 2 March.
    [TestCase("""{"percent":50}""", "from: field.required", TestName = "no day")]
    [TestCase("""{"from":"2026-03-17","percent":50}""", "from: field.inFuture", TestName = "a day in the future")]
    [TestCase("""{"from":"2026-03-10"}""", "percent: field.required", TestName = "no percent")]
    [TestCase("""{"from":"2026-03-10","percent":0}""", "percent: field.outOfRange(min: 1, max: 99)", TestName = "no absence left")]
    [TestCase("""{"from":"2026-03-10","percent":100}""", "percent: field.outOfRange(min: 1, max: 99)", TestName = "a full absence")]
    [TestCase("""{"from":"2026-03-10","percent":"half"}""", "percent: field.invalid", TestName = "a percent that is no number")]
    public async Task ShouldRejectBadInputNamingTheField(string json, string code)
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-14));

        var response = await manager.PostRawJson($"/api/cases/{caseId}/gradual-return", json);

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { code }));
        Assert.That((await GetCase(manager, caseId)).Spells, Has.Count.EqualTo(1), "nothing changed");
    }

    [Test]
    public async Task ShouldRefuseAStepFromTheFirstDayOfTheOpenSpellNamingTheGuard()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-14));
        await Act(manager, caseId, "gradual-return", new { from = Today.AddDays(-7), percent = 50 });

        var response = await manager.PostJson($"/api/cases/{caseId}/gradual-return", new { from = Today.AddDays(-7), percent = 25 });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("unmetGuardCodes").EnumerateArray().Select(g => g.GetProperty("code").GetString()),
            Is.EqualTo(new[] { "guard.gradualReturnWithinOpenAbsence" }));
        Assert.That((await GetCase(manager, caseId)).Spells.Select(s => s.Percent), Is.EquivalentTo(new[] { 100, 50 }), "nothing changed");
    }

    [Test]
    public async Task ShouldRefuseAGradualReturnOnAClosedCase()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-14));
        var closed = await Act(manager, caseId, "return", new { returnedOn = Today.AddDays(-2) });

        var response = await manager.PostJson($"/api/cases/{caseId}/gradual-return", new { from = Today.AddDays(-7), percent = 50 });

        Assert.That(closed.PermittedActions, Does.Not.Contain(CaseTrigger.RegisterGradualReturn));
        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("type").GetString(), Does.EndWith("/invalid-transition"));
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("Registrer delvis raskmelding er ikke mulig, når sagen har status Afsluttet."));
    }
}

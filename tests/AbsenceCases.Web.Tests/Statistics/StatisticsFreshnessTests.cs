using AbsenceCases.Application.Imports;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>The statistics follow every change at once: sick calls, returns, imports of absences, employees and units.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class StatisticsFreshnessTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    [Test]
    public async Task ShouldCountASickCallAndTheReturnAtOnce()
    {
        var hr = await World.Hr();
        var manager = await World.ManagerA();
        var query = $"from=2026-03&to=2026-03&unitId={World.UnitA}";
        // Workplace A: f = 1 + 1 + 0.5 = 2.5; March 2026 has 22 working days: 55 possible days.
        AssertFigures(await SingleRow(hr, query), possibleDays: 55, absenceDays: 0, periodsEnded: 0, workingDays: 22);

        var caseId = await ReportSickCall(manager, World.EmployeeA, Today);
        // Today, Monday 16 March: the open spell runs to today, 1 working day at f = 1, a period ending as of today.
        AssertFigures(await SingleRow(hr, query), possibleDays: 55, absenceDays: 1, periodsEnded: 1, workingDays: 22);

        Factory.Time.Advance(TimeSpan.FromDays(3));
        World.ForgetTokens();
        (hr, manager) = (await World.Hr(), await World.ManagerA());
        // Thursday 19 March: Monday–Thursday = 4 days.
        AssertFigures(await SingleRow(hr, query), possibleDays: 55, absenceDays: 4, periodsEnded: 1, workingDays: 22);

        var returned = await manager.PostJson($"/api/cases/{caseId}/return", new { returnedOn = new DateOnly(2026, 3, 18) });
        Assert.That(returned.StatusCode, Is.EqualTo(HttpStatusCode.OK), await returned.Content.ReadAsStringAsync());
        // Back on Wednesday 18 March: the spell ends Tuesday 17 March, 2 days.
        AssertFigures(await SingleRow(hr, query), possibleDays: 55, absenceDays: 2, periodsEnded: 1, workingDays: 22);
    }

    [Test]
    public async Task ShouldFollowAReimportThatChangesASpellAndNotAnIdenticalOne()
    {
        const string employees = "7001;Ane Ager;W1;37;2024-01-01;;Smed\n";
        var hr = await Import(employees, "7001;2024-03-04;2024-03-05;100;own_illness\n");
        var stat = await UnitId("STAT");
        var query = $"from=2024-03&to=2024-03&unitId={stat}";
        AssertFigures(await SingleRow(hr, query), possibleDays: 19, absenceDays: 2, periodsEnded: 1, workingDays: 19);

        var same = await (await hr.PostCsv("/api/imports/absences", AbsencesHeader + "7001;2024-03-04;2024-03-05;100;own_illness\n")).Read<ImportResult>();
        Assert.That(same, Is.EqualTo(new ImportResult(0, 0, 1)));
        AssertFigures(await SingleRow(hr, query), possibleDays: 19, absenceDays: 2, periodsEnded: 1, workingDays: 19);

        await (await hr.PostCsv("/api/imports/absences", AbsencesHeader + "7001;2024-03-04;2024-03-08;50;own_illness\n")).Read<ImportResult>();
        // Now Monday–Friday 4–8 March at 50 %: 2.5 days.
        AssertFigures(await SingleRow(hr, query), possibleDays: 19, absenceDays: 2.5, periodsEnded: 1, workingDays: 19);
    }

    [Test]
    public async Task ShouldFollowAnEmployeeImportThatChangesTheHours()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2024-01-01;;Smed\n", "7001;2024-03-04;2024-03-05;100;own_illness\n");
        var stat = await UnitId("STAT");
        var query = $"from=2024-03&to=2024-03&unitId={stat}";

        await (await hr.PostCsv("/api/imports/employees", EmployeesHeader + "7001;Ane Ager;W1;29.6;2024-01-01;;Smed\n")).Read<ImportResult>();

        // f = 29.6 / 37 = 0.8: possible 19 × 0.8 = 15.2, absence 2 × 0.8 = 1.6.
        AssertFigures(await SingleRow(hr, query), possibleDays: 15.2, absenceDays: 1.6, periodsEnded: 1, workingDays: 19);
    }

    [Test]
    public async Task ShouldFollowAUnitImportThatMovesAWorkplace()
    {
        var hr = await Import("7001;Ane Ager;W2;37;2024-01-01;;Kok\n", "7001;2024-03-04;2024-03-05;100;own_illness\n");
        var query = $"from=2024-03&to=2024-03&unitId={World.UnitA}";
        // Workplace A alone: f = 2.5 × 19 = 47.5.
        AssertFigures(await SingleRow(hr, query), possibleDays: 47.5, absenceDays: 0, periodsEnded: 0, workingDays: 19);

        await (await hr.PostCsv("/api/imports/units", "unit_code;name;kind;parent_code;is_pilot\nW2;Køkkenet;team;A;false\n")).Read<ImportResult>();

        // W2, now a team of A, brings 7001: 47.5 + 19 = 66.5 possible days, 2 absence days, 1 period.
        AssertFigures(await SingleRow(hr, query), possibleDays: 66.5, absenceDays: 2, periodsEnded: 1, workingDays: 19);
    }
}

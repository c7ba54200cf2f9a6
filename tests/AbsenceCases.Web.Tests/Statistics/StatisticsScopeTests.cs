using AbsenceCases.Domain.Organisation;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>
/// HR and Admin see the whole organisation; managers and coordinators their own units: by default their one top
/// unit, never a unit outside their scope; the success criteria compare the whole organisation and are HR's.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class StatisticsScopeTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string March = "from=2024-03&to=2024-03";

    [Test]
    public async Task ShouldShowAManagerTheirOwnUnitByDefault()
    {
        var managerA = await World.ManagerA();

        var total = (await (await managerA.GetAsync($"/api/statistics/absence-rate?{March}")).Read<Application.Statistics.AbsenceRateReport>()).Rows.Single();
        var byUnit = (await (await managerA.GetAsync($"/api/statistics/absence-rate?{March}&groupBy=unit")).Read<Application.Statistics.AbsenceRateReport>()).Rows;

        // Workplace A: 37 h and 37 h in A, 18.5 h in team A1: f = 2.5 × 19 working days of March 2024 = 47.5.
        Assert.That(total.PossibleDays, Is.EqualTo(47.5).Within(1e-9));
        Assert.That(byUnit.Select(r => r.UnitId), Is.EqualTo(new int?[] { World.UnitA, World.TeamA1 }));
    }

    [Test]
    public async Task ShouldShowACoordinatorTheGroupsWorkplace()
    {
        var coordinator = await World.Coordinator();

        var rows = (await (await coordinator.GetAsync($"/api/statistics/absence-rate?{March}&groupBy=unit")).Read<Application.Statistics.AbsenceRateReport>()).Rows;

        Assert.That(rows.Select(r => r.UnitId), Is.EqualTo(new int?[] { World.UnitA, World.TeamA1 }));
    }

    [Test]
    public async Task ShouldRefuseAManagerAUnitOutsideTheirScope()
    {
        var managerA = await World.ManagerA();

        foreach (var path in new[] { "absence-rate", "absence-rate.csv", "absence-rate.xlsx" })
        {
            await (await managerA.GetAsync($"/api/statistics/{path}?{March}&unitId={World.UnitB}")).Problem(HttpStatusCode.Forbidden);
        }
    }

    [Test]
    public async Task ShouldAskAManagerOfSeveralUnitsToChooseOneUnlessGroupingByUnit()
    {
        await World.InDatabase(db =>
        {
            db.UnitManagers.Add(new UnitManager(World.ManagerAId, World.UnitB));
            return db.SaveChangesAsync();
        });
        var managerA = await World.ManagerA();

        var total = await managerA.GetAsync($"/api/statistics/absence-rate?{March}");
        var byUnit = (await (await managerA.GetAsync($"/api/statistics/absence-rate?{March}&groupBy=unit")).Read<Application.Statistics.AbsenceRateReport>()).Rows;
        var chosen = await managerA.GetAsync($"/api/statistics/absence-rate?{March}&unitId={World.UnitB}");

        Assert.That(await total.FieldErrors(), Is.EqualTo(new[] { "unitId" }));
        Assert.That(byUnit.Select(r => r.UnitId), Is.EqualTo(new int?[] { World.UnitA, World.TeamA1, World.UnitB }));
        Assert.That(chosen.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldLetOnlyHrSeeTheSuccessCriteria()
    {
        const string query = "baselineFrom=2024-01&baselineTo=2024-12&from=2025-01&to=2025-12";

        await (await (await World.ManagerA()).GetAsync($"/api/statistics/success-criteria?{query}")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Coordinator()).GetAsync($"/api/statistics/success-criteria?{query}")).Problem(HttpStatusCode.Forbidden);
        Assert.That((await (await World.Hr()).GetAsync($"/api/statistics/success-criteria?{query}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await (await (await World.Admin()).GetAsync($"/api/statistics/success-criteria?{query}")).Problem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldAuditEveryStatisticsRequestAndRefusal()
    {
        await (await World.Hr()).GetAsync($"/api/statistics/absence-rate?{March}");
        await (await World.Hr()).GetAsync($"/api/statistics/absence-rate.csv?{March}");
        await (await World.ManagerA()).GetAsync($"/api/statistics/absence-rate?{March}&unitId={World.UnitB}");

        var audit = await World.InDatabase(db => Task.FromResult(db.AuditEntries.Where(e => e.Action.Contains("AbsenceRate")).OrderBy(e => e.Id).Select(e => new { e.Action, e.Allowed }).ToList()));

        Assert.That(audit.Select(e => (e.Action, e.Allowed)), Is.EqualTo(new[]
        {
            ("GetAbsenceRate", true), ("ExportAbsenceRate", true), ("GetAbsenceRate", false),
        }));
    }
}

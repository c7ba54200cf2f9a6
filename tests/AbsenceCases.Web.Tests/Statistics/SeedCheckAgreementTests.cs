using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.SeedGenerator.Check;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>
/// On the demo municipality of seeds/ (600 employees, 5,000 spells with partial sick leave, graded returns, unit
/// and hours changes and open spells) the API agrees with the seed generator's own check, which reads the files
/// directly and sums the section 4 definitions itself. Both count working days with the domain's WorkingDayCalendar,
/// so this test does not check the calendar; DanishHolidaysTests and WorkingDayCalendarTests do, by hand-worked dates.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class SeedCheckAgreementTests(DatabaseProvider provider)
{
    private static readonly DateOnly From = new(2024, 11, 1);
    private static readonly DateOnly To = new(2026, 10, 31);

    private AbsenceCasesFactory _factory = null!;
    private HttpClient _hr = null!;
    private SeedCheckReport _check = null!;
    private int _municipality;
    private IReadOnlyList<int> _pilotWorkplaces = [];

    [OneTimeSetUp]
    public async Task ImportTheSeeds()
    {
        // After the seeds' last day, so that open spells run to it, as the check runs them.
        _factory = new AbsenceCasesFactory(
            await TestDatabase.CreateAsync(provider), new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero)));
        var world = await TestWorld.CreateAsync(_factory);
        _hr = await world.Hr();
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
        foreach (var kind in new[] { "units", "employees", "absences" })
        {
            await (await _hr.PostCsv($"/api/imports/{kind}", await File.ReadAllTextAsync(Path.Combine(seeds, $"{kind}.csv")))).Read<ImportResult>();
        }

        _check = SeedCheck.Run(seeds, From, To);
        _municipality = await world.InDatabase(db => db.Units.Where(u => u.Code == "BK").Select(u => u.Id).SingleAsync());
        _pilotWorkplaces = await world.InDatabase(db => db.Units.Where(u => u.IsPilot).Select(u => u.Id).ToListAsync());
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Test]
    public async Task ShouldAgreeOnTheSicknessAbsenceRate()
    {
        var row = (await Report("from=2024-11&to=2026-10")).Rows.Single();

        Assert.That(row.RatePercent, Is.EqualTo(_check.SicknessRate).Within(1e-6));
    }

    [Test]
    public async Task ShouldAgreeOnTheChildIllnessRate()
    {
        var row = (await Report("from=2024-11&to=2026-10&absenceType=child_illness")).Rows.Single();

        Assert.That(row.RatePercent, Is.EqualTo(_check.ChildIllnessRate).Within(1e-6));
    }

    [TestCase("2024-11", "2025-10", true)]
    [TestCase("2025-11", "2026-10", false)]
    public async Task ShouldAgreeOnThePilotWorkplacesAndTheOthersInTheFirstAndLastYear(string from, string to, bool firstYear)
    {
        var rows = (await Report($"from={from}&to={to}&groupBy=unit")).Rows;

        var whole = rows.Single(r => r.UnitId == _municipality);
        var pilots = rows.Where(r => _pilotWorkplaces.Contains(r.UnitId!.Value)).ToList();
        Assert.That(pilots, Has.Count.EqualTo(6));
        var (pilotPossible, pilotAbsence) = (pilots.Sum(r => r.PossibleDays), pilots.Sum(r => r.AbsenceDays));
        var pilotRate = 100 * pilotAbsence / pilotPossible;
        var otherRate = 100 * (whole.AbsenceDays - pilotAbsence) / (whole.PossibleDays - pilotPossible);
        Assert.That(pilotRate, Is.EqualTo(firstYear ? _check.Pilot.FirstYear : _check.Pilot.LastYear).Within(1e-6));
        Assert.That(otherRate, Is.EqualTo(firstYear ? _check.Other.FirstYear : _check.Other.LastYear).Within(1e-6));
    }

    private async Task<AbsenceRateReport> Report(string query) =>
        await (await _hr.GetAsync($"/api/statistics/absence-rate?{query}&unitId={_municipality}")).Read<AbsenceRateReport>();
}

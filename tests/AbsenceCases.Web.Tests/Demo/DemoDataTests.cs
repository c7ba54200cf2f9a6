using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Organisation;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Wellbeing;
using AbsenceCases.Infrastructure.Demo;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Demo;

/// <summary>
/// With demo data on, a fresh installation starts alive: the demo municipality, the accounts, open cases, and two
/// published yearly wellbeing measurements whose scores go with the workplaces' absence.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class DemoDataTests(DatabaseProvider provider)
{
    /// <summary>Measurements:MinRespondents by default (DESIGN.md section 12).</summary>
    private const int AnonymityMinimum = 5;

    private AbsenceCasesFactory _factory = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _factory = new AbsenceCasesFactory(await TestDatabase.CreateAsync(provider), new FakeTimeProvider(AbsenceCasesFactory.DefaultNow), demo: true);

    [OneTimeTearDown]
    public async Task Stop()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Test]
    public async Task ShouldLoadTheDemoMunicipalityWithTheNewestDataEndingToday()
    {
        _factory.CreateClient();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var today = DateOnly.FromDateTime(AbsenceCasesFactory.DefaultNow.UtcDateTime);

        Assert.That(await db.Units.CountAsync(u => u.IsPilot), Is.EqualTo(6));
        Assert.That(await db.Employees.CountAsync(), Is.GreaterThanOrEqualTo(300));
        var imported = db.Spells.Where(s => s.CaseId == null);
        var newest = await imported.MaxAsync(s => s.LastDay ?? s.FirstDay);
        Assert.That(newest, Is.EqualTo(today));
        Assert.That(await imported.CountAsync(s => s.LastDay == null), Is.GreaterThan(0), "some absences are still open today");
    }

    [Test]
    public async Task ShouldHoldTheSeedsSecondPostsAsConcurrentEmploymentsInAnotherUnit()
    {
        _factory.CreateClient();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var today = DateOnly.FromDateTime(AbsenceCasesFactory.DefaultNow.UtcDateTime);
        var openSecondPosts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "seeds", "employees.csv"))
            .Select(line => line.Split(';'))
            .Count(row => row[7] == "2" && row[5].Length == 0);

        var employments = await db.Employments
            .Where(e => e.From <= today && (e.To == null || e.To >= today))
            .Select(e => new { e.EmployeeId, e.UnitId })
            .ToListAsync();
        var withTwoUnitsToday = employments.GroupBy(e => e.EmployeeId).Count(g => g.Select(e => e.UnitId).Distinct().Count() == 2);

        Assert.That(openSecondPosts, Is.GreaterThanOrEqualTo(5), "the demo has a few concurrent employments");
        Assert.That(withTwoUnitsToday, Is.EqualTo(openSecondPosts));
    }

    [TestCaseSource(typeof(DemoAccounts), nameof(DemoAccounts.All))]
    public async Task ShouldLetEveryDemoAccountSignIn(DemoAccount account)
    {
        var response = await _factory.CreateClient().PostJson("/api/auth/login", new { email = account.Email, password = DemoAccounts.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldGiveTheDemoManagerOpenCasesInSeveralStates()
    {
        var manager = await SignIn(DemoAccounts.Manager);

        var cases = await (await manager.GetAsync("/api/cases")).Read<CaseList>();

        Assert.That(cases.Items.Select(c => c.Status).Distinct(), Is.SupersetOf(new[] { CaseStatus.Reported, CaseStatus.FirstConversation, CaseStatus.Closed }));
        Assert.That(cases.Items.Select(c => c.NextDeadline?.Status), Does.Contain(DeadlineStatus.Overdue));
        var contacts = await (await manager.GetAsync("/api/units/contact-persons/mine")).Read<List<Application.Organisation.ContactPersons.ContactPersonDto>>();
        Assert.That(contacts.Select(c => c.Email), Is.EqualTo(new[] { DemoAccounts.Coordinator.Email }), "the coordinator is the manager's contact person");
    }

    [Test]
    public async Task ShouldGiveTheDemoCoordinatorCasesInCoordinationAndWithAPlan()
    {
        var coordinator = await SignIn(DemoAccounts.Coordinator);

        var cases = await (await coordinator.GetAsync("/api/cases")).Read<CaseList>();

        Assert.That(cases.Items.Select(c => c.Status), Is.SupersetOf(new[] { CaseStatus.Coordination, CaseStatus.PreventionPlan }));
    }

    [Test]
    public async Task ShouldHoldTwoPublishedSocialCapitalMeasurementsTheSecondFollowingUpTheFirst()
    {
        var hr = await SignIn(DemoAccounts.Hr);

        var measurements = await (await hr.GetAsync("/api/measurements")).Read<List<MeasurementDto>>();

        Assert.That(measurements, Has.Count.EqualTo(2));
        var (first, second) = (measurements.MinBy(m => m.FieldedFrom)!, measurements.MaxBy(m => m.FieldedFrom)!);
        Assert.Multiple(() =>
        {
            Assert.That(measurements.Select(m => (m.Kind, m.IsPublished)), Is.All.EqualTo((MeasurementKind.SocialCapital, true)));
            Assert.That(measurements.Select(m => m.ResultCount), Is.All.GreaterThan(0));
            Assert.That(second.FollowUpOfId, Is.EqualTo(first.Id));
            Assert.That(second.FieldedFrom.DayNumber - first.FieldedFrom.DayNumber, Is.InRange(357, 371), "a year apart, in the same weeks");
        });
    }

    [Test]
    public async Task ShouldShowLowerWellbeingWhereTheSicknessAbsenceAfterTheFirstMeasurementIsHigher()
    {
        var hr = await SignIn(DemoAccounts.Hr);

        var table = await WellbeingAgainstAbsence(hr, await FirstMeasurementId(hr));

        var workplaces = table.Workplaces.Where(w => w.Overall is not null && w.Absence is not null).ToList();
        Assert.That(workplaces, Has.Count.EqualTo(table.Workplaces.Count), "every workplace has a score and a whole window of absence");
        Assert.That(workplaces, Has.Count.GreaterThanOrEqualTo(10));
        var correlation = Pearson(workplaces.Select(w => (double)w.Overall!.Value).ToList(), workplaces.Select(w => w.Absence!.RatePercent).ToList());
        Assert.That(correlation, Is.LessThan(-0.3), "a clearly negative correlation of overall score and sickness absence rate");
    }

    [Test]
    public async Task ShouldHideTheTeamsWithTooFewRespondentsAndStillShowTheirWorkplace()
    {
        var hr = await SignIn(DemoAccounts.Hr);
        var measurementId = await FirstMeasurementId(hr);
        var workplaces = (await (await hr.GetAsync("/api/units")).Read<List<UnitDto>>()).Where(u => u.Kind == UnitKind.Workplace).ToList();

        var rows = new List<ResultRow>();
        foreach (var workplace in workplaces)
        {
            rows.AddRange((await (await hr.GetAsync($"/api/measurements/{measurementId}/results?unitId={workplace.Id}")).Read<MeasurementResults>()).Rows);
        }

        var hidden = rows.Where(r => r.Suppressed).ToList();
        Assert.That(hidden, Is.Not.Empty, "some unit is hidden by the anonymity rule");
        Assert.Multiple(() =>
        {
            Assert.That(hidden.Select(r => (r.Score, r.Respondents < AnonymityMinimum)), Is.All.EqualTo(((decimal?)null, true)));
            Assert.That(hidden.Select(r => r.UnitId), Has.None.AnyOf(workplaces.Select(w => w.Id).ToArray()), "no workplace is hidden");
        });
    }

    [Test]
    public async Task ShouldShowThePilotWorkplacesImprovingMoreThanTheOthersByTheSecondMeasurement()
    {
        var hr = await SignIn(DemoAccounts.Hr);
        var pilots = (await (await hr.GetAsync("/api/units")).Read<List<UnitDto>>()).Where(u => u.IsPilot).Select(u => u.Id).ToHashSet();

        var table = await WellbeingAgainstAbsence(hr, await FirstMeasurementId(hr));

        var changes = table.Workplaces.ToLookup(w => pilots.Contains(w.UnitId), w => (double)w.OverallChange!.Value);
        Assert.That(changes[true].Count(), Is.EqualTo(6));
        Assert.That(changes[true].Average(), Is.GreaterThan(0).And.GreaterThan(changes[false].Average()));
    }

    [Test]
    public async Task ShouldGiveTheDemoManagerAFollowUpOfTheFirstMeasurementDoneOnTime()
    {
        var manager = await SignIn(DemoAccounts.Manager);
        var measurementId = await FirstMeasurementId(manager);

        var followUps = await (await manager.GetAsync($"/api/measurements/{measurementId}/follow-ups")).Read<List<FollowUpSummary>>();

        Assert.That(followUps.Select(f => f.Status), Is.EqualTo(new[] { FollowUpStatus.Met }));
    }

    private async Task<HttpClient> SignIn(DemoAccount account)
    {
        var login = await (await _factory.CreateClient().PostJson("/api/auth/login", new { email = account.Email, password = DemoAccounts.Password }))
            .Read<System.Text.Json.JsonElement>();
        return _factory.CreateClient().WithBearer(login.GetProperty("accessToken").GetString()!);
    }

    private static async Task<int> FirstMeasurementId(HttpClient client) =>
        (await (await client.GetAsync("/api/measurements")).Read<List<MeasurementDto>>()).MinBy(m => m.FieldedFrom)!.Id;

    private static async Task<WellbeingAgainstAbsence> WellbeingAgainstAbsence(HttpClient client, int measurementId) =>
        await (await client.GetAsync($"/api/measurements/{measurementId}/absence")).Read<WellbeingAgainstAbsence>();

    private static double Pearson(IReadOnlyList<double> scores, IReadOnlyList<double> rates)
    {
        double meanScore = scores.Average(), meanRate = rates.Average();
        double products = 0, scoreSquares = 0, rateSquares = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            products += (scores[i] - meanScore) * (rates[i] - meanRate);
            scoreSquares += Math.Pow(scores[i] - meanScore, 2);
            rateSquares += Math.Pow(rates[i] - meanRate, 2);
        }

        return products / Math.Sqrt(scoreSquares * rateSquares);
    }
}

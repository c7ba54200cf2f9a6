using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Demo;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Demo;

/// <summary>With demo data on, a fresh installation starts alive: the demo municipality, the accounts and open cases.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class DemoDataTests(DatabaseProvider provider)
{
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
        var login = await (await _factory.CreateClient().PostJson("/api/auth/login", new { email = DemoAccounts.Manager.Email, password = DemoAccounts.Password }))
            .Read<System.Text.Json.JsonElement>();
        var manager = _factory.CreateClient().WithBearer(login.GetProperty("accessToken").GetString()!);

        var cases = await (await manager.GetAsync("/api/cases")).Read<CaseList>();

        Assert.That(cases.Items.Select(c => c.Status).Distinct(), Is.SupersetOf(new[] { CaseStatus.Reported, CaseStatus.FirstConversation, CaseStatus.Closed }));
        Assert.That(cases.Items.Select(c => c.NextDeadline?.Status), Does.Contain(DeadlineStatus.Overdue));
        var contacts = await (await manager.GetAsync("/api/units/contact-persons/mine")).Read<List<Application.Organisation.ContactPersons.ContactPersonDto>>();
        Assert.That(contacts.Select(c => c.Email), Is.EqualTo(new[] { DemoAccounts.Coordinator.Email }), "the coordinator is the manager's contact person");
    }

    [Test]
    public async Task ShouldGiveTheDemoCoordinatorCasesInCoordinationAndWithAPlan()
    {
        var login = await (await _factory.CreateClient().PostJson("/api/auth/login", new { email = DemoAccounts.Coordinator.Email, password = DemoAccounts.Password }))
            .Read<System.Text.Json.JsonElement>();
        var coordinator = _factory.CreateClient().WithBearer(login.GetProperty("accessToken").GetString()!);

        var cases = await (await coordinator.GetAsync("/api/cases")).Read<CaseList>();

        Assert.That(cases.Items.Select(c => c.Status), Is.SupersetOf(new[] { CaseStatus.Coordination, CaseStatus.PreventionPlan }));
    }
}

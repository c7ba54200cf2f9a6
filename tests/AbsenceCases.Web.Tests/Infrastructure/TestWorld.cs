using AbsenceCases.Application.Common.Security;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// A small municipality for functional tests: workplace A (pilot, with team A1) and workplace B in one area;
/// employees in each; a manager for A and one for B; a coordinator whose group covers A; HR, an admin, and an
/// account of employee A's own (self-service).
/// </summary>
public sealed class TestWorld
{
    public const string Password = "Test!2026-fravaer";

    private readonly AbsenceCasesFactory _factory;
    private readonly Dictionary<string, string> _tokens = [];

    private TestWorld(AbsenceCasesFactory factory) => _factory = factory;

    public int UnitA { get; private set; }

    public int TeamA1 { get; private set; }

    public int UnitB { get; private set; }

    /// <summary>Full time in workplace A since 2020.</summary>
    public int EmployeeA { get; private set; }

    /// <summary>18.5 hours in team A1 since 2021.</summary>
    public int EmployeeA1 { get; private set; }

    /// <summary>A second full-time employee of workplace A.</summary>
    public int EmployeeA2 { get; private set; }

    /// <summary>Full time in workplace B since 2019.</summary>
    public int EmployeeB { get; private set; }

    public string ManagerAId { get; private set; } = string.Empty;

    public string ManagerBId { get; private set; } = string.Empty;

    public string CoordinatorId { get; private set; } = string.Empty;

    public string HrId { get; private set; } = string.Empty;

    /// <summary>The self-service account of employee A.</summary>
    public string EmployeeAUserId { get; private set; } = string.Empty;

    /// <summary>The coordination group covering workplace A.</summary>
    public int GroupA { get; private set; }

    public static async Task<TestWorld> CreateAsync(AbsenceCasesFactory factory)
    {
        var world = new TestWorld(factory);
        await world.BuildAsync();
        return world;
    }

    /// <summary>The same municipality through another host on its database: its ids, and sign-ins of that host's own.</summary>
    public TestWorld On(AbsenceCasesFactory other) => new(other)
    {
        UnitA = UnitA, TeamA1 = TeamA1, UnitB = UnitB,
        EmployeeA = EmployeeA, EmployeeA1 = EmployeeA1, EmployeeA2 = EmployeeA2, EmployeeB = EmployeeB,
        ManagerAId = ManagerAId, ManagerBId = ManagerBId, CoordinatorId = CoordinatorId, EmployeeAUserId = EmployeeAUserId, GroupA = GroupA,
    };

    public HttpClient Anonymous() => _factory.CreateClient();

    public Task<HttpClient> ManagerA() => SignedIn("leder.a@test.local");

    public Task<HttpClient> ManagerB() => SignedIn("leder.b@test.local");

    public Task<HttpClient> Coordinator() => SignedIn("koordinator@test.local");

    public Task<HttpClient> Hr() => SignedIn("hr@test.local");

    public Task<HttpClient> Admin() => SignedIn("admin@test.local");

    /// <summary>Employee A, signed in to their own absence.</summary>
    public Task<HttpClient> EmployeeASelf() => SignedIn("medarbejder.a@test.local");

    public async Task<HttpClient> SignedIn(string email)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            var response = await _factory.CreateClient().PostJson("/api/auth/login", new { email, password = Password });
            token = (await response.Read<TokenResponse>()).AccessToken;
            _tokens[email] = token;
        }

        return _factory.CreateClient().WithBearer(token);
    }

    public void ForgetTokens() => _tokens.Clear();

    public async Task<T> InDatabase<T>(Func<ApplicationDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    private async Task BuildAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var municipality = new OrganisationUnit("TEST", "Testrup Kommune", UnitKind.Municipality, null, false);
        var area = new OrganisationUnit("DAG", "Dagtilbud", UnitKind.Area, municipality, false);
        var a = new OrganisationUnit("A", "Børnehuset A", UnitKind.Workplace, area, true);
        var a1 = new OrganisationUnit("A1", "Stue 1", UnitKind.Team, a, false);
        var b = new OrganisationUnit("B", "Børnehuset B", UnitKind.Workplace, area, false);
        db.Units.AddRange(municipality, area, a, a1, b);
        await db.SaveChangesAsync();

        var employees = new[]
        {
            Employ("1001", "Anna Andersen", a.Id, 37m, new DateOnly(2020, 1, 1)),
            Employ("1002", "Bo Bech", a1.Id, 18.5m, new DateOnly(2021, 8, 1)),
            Employ("1003", "Clara Dahl", a.Id, 37m, new DateOnly(2020, 1, 1)),
            Employ("2001", "Dorte Eriksen", b.Id, 37m, new DateOnly(2019, 1, 1)),
        };
        db.Employees.AddRange(employees);
        await db.SaveChangesAsync();
        (UnitA, TeamA1, UnitB) = (a.Id, a1.Id, b.Id);
        (EmployeeA, EmployeeA1, EmployeeA2, EmployeeB) = (employees[0].Id, employees[1].Id, employees[2].Id, employees[3].Id);

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        ManagerAId = await CreateUser(users, "leder.a@test.local", "Leder A", Roles.Manager);
        var managerB = ManagerBId = await CreateUser(users, "leder.b@test.local", "Leder B", Roles.Manager);
        var coordinator = CoordinatorId = await CreateUser(users, "koordinator@test.local", "Koordinator", Roles.Coordinator);
        HrId = await CreateUser(users, "hr@test.local", "HR", Roles.Hr);
        await CreateUser(users, "admin@test.local", "Admin", Roles.Admin);
        EmployeeAUserId = await CreateUser(users, "medarbejder.a@test.local", "Anna Andersen", Roles.Employee);
        db.EmployeeAccounts.Add(new EmployeeAccount(EmployeeAUserId, EmployeeA));
        db.UnitManagers.AddRange(new UnitManager(ManagerAId, a.Id), new UnitManager(managerB, b.Id));
        var group = new CoordinationGroup("Gruppe A", DayOfWeek.Tuesday);
        group.Cover(a.Id);
        group.AddMember(coordinator, "Koordinator", MemberRole.HrConsultant);
        db.CoordinationGroups.Add(group);
        await db.SaveChangesAsync();
        GroupA = group.Id;
    }

    private static Employee Employ(string number, string name, int unitId, decimal hours, DateOnly from)
    {
        var employee = new Employee(number, name);
        employee.AddEmployment(unitId, hours, from, null, "Pædagog");
        return employee;
    }

    private static async Task<string> CreateUser(UserManager<ApplicationUser> users, string email, string name, string role)
    {
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
        var created = await users.CreateAsync(user, Password);
        Assert.That(created.Succeeded, Is.True, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    private sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}

using AbsenceCases.Application.Administration;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Administration;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class UserAdministrationTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldCreateAManagerWhoseScopeIsTheUnitsManaged()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        var response = await (await World.Admin()).PostJson("/api/admin/users", new
        {
            email = "ny.leder@test.local", password = "Ny!Leder2026", displayName = "Ny Leder", roles = new[] { "Manager" }, managedUnitIds = new[] { World.UnitB },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var user = await response.Read<UserDto>();
        Assert.That((user.Email, user.Roles.Single(), user.ManagedUnitIds.Single(), user.Blocked), Is.EqualTo(("ny.leder@test.local", "Manager", World.UnitB, false)));
        var login = await (await World.Anonymous().PostJson("/api/auth/login", new { email = "ny.leder@test.local", password = "Ny!Leder2026" }))
            .Read<System.Text.Json.JsonElement>();
        var cases = await (await World.Anonymous().WithBearer(login.GetProperty("accessToken").GetString()!).GetAsync("/api/cases")).Read<CaseList>();
        Assert.That(cases.Items.Select(c => c.Id), Is.EqualTo(new[] { caseOfB }));
    }

    [Test]
    public async Task ShouldLinkAnEmployeeAccountToItsEmployeeAndUnlinkItWithTheRole()
    {
        var admin = await World.Admin();
        var created = await (await admin.PostJson("/api/admin/users", new
        {
            email = "bo@test.local", password = TestWorld.Password, displayName = "Bo Bech", roles = new[] { "Employee" },
            managedUnitIds = Array.Empty<int>(), employeeNumber = " 1002 ",
        })).Read<UserDto>();
        var mine = await (await (await World.SignedIn("bo@test.local")).GetAsync("/api/me/absences")).Read<Application.SelfService.MyAbsences>();

        var changed = await (await admin.PutAsJsonAsync($"/api/admin/users/{created.Id}", new
        {
            displayName = "Bo Bech", roles = new[] { "Coordinator" }, managedUnitIds = Array.Empty<int>(),
        }, Json.Options)).Read<UserDto>();

        Assert.That(created.EmployeeNumber, Is.EqualTo("1002"));
        Assert.That(mine.Employee.Id, Is.EqualTo(World.EmployeeA1));
        Assert.That(changed.EmployeeNumber, Is.Null);
        Assert.That(await World.InDatabase(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.EmployeeAccounts)), Is.EqualTo(1),
            "only employee A's own account is left");
    }

    [Test]
    public async Task ShouldBlockAUserFromSigningIn()
    {
        var admin = await World.Admin();

        var updated = await (await admin.PutAsJsonAsync($"/api/admin/users/{World.ManagerBId}", new
        {
            displayName = "Leder B", roles = new[] { "Manager" }, managedUnitIds = new[] { World.UnitB }, blocked = true,
        }, Json.Options)).Read<UserDto>();
        var login = await World.Anonymous().PostJson("/api/auth/login", new { email = "leder.b@test.local", password = TestWorld.Password });

        Assert.That(updated.Blocked, Is.True);
        await login.Problem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldListTheUsersWithTheirRoles()
    {
        var users = await (await (await World.Admin()).GetAsync("/api/admin/users")).Read<List<UserDto>>();

        Assert.That(users.Select(u => (u.Email, string.Join(",", u.Roles))), Is.EquivalentTo(new[]
        {
            ("admin@test.local", "Admin"), ("hr@test.local", "HR"), ("koordinator@test.local", "Coordinator"),
            ("leder.a@test.local", "Manager"), ("leder.b@test.local", "Manager"), ("medarbejder.a@test.local", "Employee"),
        }));
        Assert.That(users.Where(u => u.EmployeeNumber is not null).Select(u => (u.Email, u.EmployeeNumber)),
            Is.EqualTo(new[] { ("medarbejder.a@test.local", (string?)"1001") }));
    }

    [TestCase("""{"password":"Ny!Leder2026","displayName":"X","roles":["Manager"],"managedUnitIds":[]}""", "email", TestName = "no e-mail")]
    [TestCase("""{"email":"not-an-address","password":"Ny!Leder2026","displayName":"X","roles":[],"managedUnitIds":[]}""", "email", TestName = "a bad e-mail")]
    [TestCase("""{"email":"x@test.local","password":"short","displayName":"X","roles":[],"managedUnitIds":[]}""", "password", TestName = "a weak password")]
    [TestCase("""{"email":"x@test.local","password":"Ny!Leder2026","displayName":"X","roles":["Boss"],"managedUnitIds":[]}""", "roles[0]", TestName = "an unknown role")]
    [TestCase("""{"email":"x@test.local","password":"Ny!Leder2026","displayName":"X","roles":["HR"],"managedUnitIds":[1]}""", "managedUnitIds", TestName = "units for a user who is no manager")]
    [TestCase("""{"email":"x@test.local","password":"Ny!Leder2026","displayName":"X","roles":["Manager"],"managedUnitIds":[99999]}""", "managedUnitIds", TestName = "an unknown unit")]
    [TestCase("""{"email":"x@test.local","password":"Ny!Leder2026","displayName":"X","roles":["Employee"],"managedUnitIds":[]}""", "employeeNumber", TestName = "an employee without an employee number")]
    [TestCase("""{"email":"x@test.local","password":"Ny!Leder2026","displayName":"X","roles":["Employee"],"managedUnitIds":[],"employeeNumber":"9999"}""", "employeeNumber", TestName = "an unknown employee number")]
    [TestCase("""{"email":"x@test.local","password":"Ny!Leder2026","displayName":"X","roles":["Manager"],"managedUnitIds":[],"employeeNumber":"1002"}""", "employeeNumber", TestName = "an employee number for a user who is no employee")]
    public async Task ShouldRejectABadUserNamingTheField(string json, string field)
    {
        var response = await (await World.Admin()).PostRawJson("/api/admin/users", json);

        Assert.That(await response.FieldErrors(), Does.Contain(field));
        Assert.That(await (await (await World.Admin()).GetAsync("/api/admin/users")).Read<List<UserDto>>(), Has.Count.EqualTo(6), "nothing was created");
    }

    [Test]
    public async Task ShouldRefuseADuplicateEmailAndSelfBlocking()
    {
        var admin = await World.Admin();
        var adminId = (await (await admin.GetAsync("/api/admin/users")).Read<List<UserDto>>()).Single(u => u.Email == "admin@test.local").Id;

        var duplicate = await admin.PostJson("/api/admin/users", new { email = "hr@test.local", password = "Ny!Leder2026", displayName = "X", roles = Array.Empty<string>(), managedUnitIds = Array.Empty<int>() });
        var selfBlock = await admin.PutAsJsonAsync($"/api/admin/users/{adminId}", new { displayName = "Admin", roles = new[] { "Admin" }, managedUnitIds = Array.Empty<int>(), blocked = true }, Json.Options);

        await duplicate.Problem(HttpStatusCode.Conflict);
        await selfBlock.Problem(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task ShouldLetOnlyAnAdminManageUsers()
    {
        await (await (await World.Hr()).GetAsync("/api/admin/users")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Admin()).PutAsJsonAsync("/api/admin/users/nobody", new { displayName = "X", roles = Array.Empty<string>(), managedUnitIds = Array.Empty<int>() }, Json.Options))
            .Problem(HttpStatusCode.NotFound);
    }
}

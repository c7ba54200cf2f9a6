using AbsenceCases.Application.Administration;
using AbsenceCases.Domain.Auditing;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// Every read and write of a case or employee is an audit row: who, when, what, which case or employee; a list names
/// the cases and employees it returned; every change of a user's access is a row of its own, without the password.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AuditTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldAuditTheSickCallTheReadAndTheAction()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today);
        await GetCase(manager, caseId);
        await manager.PostJson($"/api/cases/{caseId}/care-contact", new { on = Today });

        var rows = await World.InDatabase(db => db.AuditEntries.Where(a => a.CaseId == caseId).OrderBy(a => a.Id).ToListAsync());

        Assert.That(rows.Select(r => (r.Action, r.UserId, r.UserName, r.Allowed)), Is.EqualTo(new[]
        {
            ("RegisterSickCall", World.ManagerAId, "Leder A", true),
            ("GetCase", World.ManagerAId, "Leder A", true),
            ("RecordCareContact", World.ManagerAId, "Leder A", true),
        }));
        Assert.That(rows.Select(r => r.At), Is.All.EqualTo(AbsenceCasesFactory.DefaultNow));
    }

    [Test]
    public async Task ShouldAuditAnAttemptOutsideTheCallersScopeAsRefusedWithItsRequestId()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        var problem = await (await (await World.ManagerA()).GetAsync($"/api/cases/{caseOfB}")).Problem(HttpStatusCode.Forbidden);

        var refused = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.CaseId == caseOfB && !a.Allowed));
        Assert.That((refused.Action, refused.UserId), Is.EqualTo(("GetCase", World.ManagerAId)));
        Assert.That(refused.RequestId, Is.EqualTo(problem.GetProperty("traceId").GetString()).And.Not.Empty);
    }

    [Test]
    public async Task ShouldGiveEveryRequestItsOwnRequestId()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today);
        await GetCase(manager, caseId);
        await GetCase(manager, caseId);

        var requestIds = await World.InDatabase(db => db.AuditEntries.Where(a => a.CaseId == caseId).Select(a => a.RequestId).ToListAsync());

        Assert.That(requestIds, Has.Count.EqualTo(3).And.Unique);
        Assert.That(requestIds, Has.All.Not.Empty);
    }

    [Test]
    public async Task ShouldRefuseASickCallOutsideTheScopeWithARefusedRowAndNoCase()
    {
        var response = await (await World.ManagerA()).PostJson("/api/sick-calls", new { employeeId = World.EmployeeB, firstDay = Today, absenceType = "own_illness" });

        await response.Problem(HttpStatusCode.Forbidden);
        var refused = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.Action == "RegisterSickCall"));
        Assert.That((refused.EmployeeId, refused.Allowed), Is.EqualTo(((int?)World.EmployeeB, false)));
        Assert.That(await World.InDatabase(db => db.Cases.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldAuditTheListOfCasesAsOneRowWithTheCasesAndEmployeesItReturned()
    {
        var caseOfA = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        await (await World.ManagerA()).GetAsync("/api/cases");

        var row = await World.InDatabase(db => db.AuditEntries.Include(a => a.Subjects).SingleAsync(a => a.Action == "ListCases"));
        Assert.That(row.CaseId, Is.Null);
        Assert.That(row.Subjects.Select(s => s.CaseId).OfType<Guid>(), Is.EquivalentTo(new[] { caseOfA }), "not B's case, which A cannot see");
        Assert.That(row.Subjects.Select(s => s.EmployeeId).OfType<int>(), Is.EquivalentTo(new[] { World.EmployeeA }));
    }

    [Test]
    public async Task ShouldAuditTheListOfEmployeesWithTheEmployeesItReturned()
    {
        await (await World.ManagerB()).GetAsync("/api/employees");

        var row = await World.InDatabase(db => db.AuditEntries.Include(a => a.Subjects).SingleAsync(a => a.Action == "ListEmployees"));
        Assert.That(row.Subjects.Select(s => s.EmployeeId), Is.EquivalentTo(new int?[] { World.EmployeeB }));
    }

    [Test]
    public async Task ShouldAuditTheReadOfAnEmployeeWithTheEmployee()
    {
        await (await World.Hr()).GetAsync($"/api/employees/{World.EmployeeA1}");

        var row = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.Action == "GetEmployee"));
        Assert.That((row.EmployeeId, row.UserName, row.Allowed), Is.EqualTo(((int?)World.EmployeeA1, "HR", true)));
    }

    [Test]
    public async Task ShouldAuditANewUserTheirRolesAndUnitsWithoutThePassword()
    {
        const string password = "Hemmelig!2026kode";
        var response = await (await World.Admin()).PostJson("/api/admin/users", new
        {
            email = "ny.leder@test.local", password, displayName = "Ny Leder", roles = new[] { "Manager" }, managedUnitIds = new[] { World.UnitB },
        });
        var user = await response.Read<UserDto>();

        var rows = await AccessRows(user.Id);
        Assert.That(rows.Select(r => (r.Action, r.Detail)), Is.EquivalentTo(new (string, string?)[]
        {
            ("UserCreated", "ny.leder@test.local (Ny Leder)"),
            ("RoleGranted", "Manager"),
            ("ManagedUnitAdded", $"unitId={World.UnitB}"),
        }));
        Assert.That(rows.Select(r => r.UserName), Is.All.EqualTo("Admin"));
        var everything = await World.InDatabase(db => db.AuditEntries.Select(a => a.Detail ?? string.Empty).ToListAsync());
        Assert.That(everything, Has.None.Contains(password));
    }

    [Test]
    public async Task ShouldAuditRoleScopeAndBlockingChangesOfAUser()
    {
        var admin = await World.Admin();

        var response = await admin.PutAsJsonAsync($"/api/admin/users/{World.ManagerAId}", new
        {
            displayName = "Leder A", roles = new[] { "Manager", "HR" }, managedUnitIds = new[] { World.UnitB }, blocked = true,
        }, Json.Options);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var rows = await AccessRows(World.ManagerAId);
        Assert.That(rows.Select(r => (r.Action, r.Detail)), Is.EquivalentTo(new (string, string?)[]
        {
            ("RoleGranted", "HR"),
            ("ManagedUnitRemoved", $"unitId={World.UnitA}"),
            ("ManagedUnitAdded", $"unitId={World.UnitB}"),
            ("UserBlocked", "leder.a@test.local"),
        }));
        var request = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.Action == "UpdateUser"));
        Assert.That(rows.Select(r => r.RequestId), Is.All.EqualTo(request.RequestId), "one request, one transaction");
    }

    [Test]
    public async Task ShouldAuditWhoJoinedAndLeftACoordinationGroupAndNotThoseWhoStayed()
    {
        var response = await (await World.Hr()).PutAsJsonAsync($"/api/coordination-groups/{World.GroupA}", new
        {
            name = "Gruppe A",
            meetingDay = "Tuesday",
            workplaceIds = new[] { World.UnitA, World.UnitB },
            members = new object[]
            {
                new { userId = World.CoordinatorId, name = "Koordinator", role = "HrConsultant" },
                new { userId = World.ManagerBId, name = "Leder B", role = "Leader" },
            },
        }, Json.Options);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var rows = await World.InDatabase(db => db.AuditEntries.Where(a => a.Action.StartsWith("Group") && a.UserId != SystemUser.UserId).ToListAsync());
        Assert.That(rows.Select(r => (r.Action, r.TargetUserId, r.Detail)), Is.EquivalentTo(new (string, string?, string?)[]
        {
            ("GroupMemberAdded", World.ManagerBId, "Gruppe A: Leder B (Leader)"),
            ("GroupWorkplaceAdded", null, $"Gruppe A: unitId={World.UnitB}"),
        }));
    }

    /// <summary>The changes of a user's access the admin made, not those of setting up the test municipality.</summary>
    private Task<List<AuditEntry>> AccessRows(string userId) =>
        World.InDatabase(db => db.AuditEntries.Where(a => a.TargetUserId == userId && a.UserId != SystemUser.UserId).OrderBy(a => a.Id).ToListAsync());
}

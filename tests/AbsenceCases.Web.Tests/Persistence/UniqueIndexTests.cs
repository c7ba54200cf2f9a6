using AbsenceCases.Application.Common.Interfaces;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Persistence;

/// <summary>
/// The database itself holds the invariants, on both providers and after their migrations: one open case per
/// employee, one spell per employee, type and first day. Its refusal is recognised as a unique violation.
/// </summary>
public sealed class UniqueIndexTests
{
    private static readonly DateOnly Day = new(2026, 3, 16);
    private static readonly ActionStamp Stamp = new("user-1", "Leder A", new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero), Day);

    private string? _sqliteFile;

    [TearDown]
    public void DeleteSqliteFile()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_sqliteFile);
        }
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    public async Task ShouldRefuseASecondOpenCaseForAnEmployeeButNotBesideAClosedOne(DatabaseProvider provider)
    {
        await using var db = await MigratedAsync(provider);
        var (unitId, employeeId) = await EmployAsync(db);
        db.Cases.Add(SickCall(employeeId, unitId, Day.AddDays(-10)));
        await db.SaveChangesAsync();

        db.Cases.Add(SickCall(employeeId, unitId, Day));
        var refused = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        await db.Cases.ExecuteUpdateAsync(set => set.SetProperty(c => c.Status, CaseStatus.Closed));
        db.Cases.Add(SickCall(employeeId, unitId, Day));
        await db.SaveChangesAsync();

        Assert.That(Errors(provider).IsUniqueViolation(refused!), Is.True, refused!.InnerException?.Message);
        Assert.That(await db.Cases.CountAsync(c => c.Status != CaseStatus.Closed), Is.EqualTo(1));
        Assert.That(await db.Cases.CountAsync(), Is.EqualTo(2));
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    public async Task ShouldRefuseASecondSpellWithTheSameEmployeeTypeAndFirstDay(DatabaseProvider provider)
    {
        await using var db = await MigratedAsync(provider);
        var (_, employeeId) = await EmployAsync(db);
        db.Spells.Add(new AbsenceSpell(employeeId, AbsenceType.OwnIllness, 100, Day, null));
        await db.SaveChangesAsync();

        db.Spells.Add(new AbsenceSpell(employeeId, AbsenceType.OwnIllness, 50, Day, Day.AddDays(3)));
        var refused = Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Spells.Add(new AbsenceSpell(employeeId, AbsenceType.ChildIllness, 100, Day, Day));
        await db.SaveChangesAsync();

        Assert.That(Errors(provider).IsUniqueViolation(refused!), Is.True, refused!.InnerException?.Message);
        Assert.That(await db.Spells.OrderBy(s => s.Type).Select(s => s.Type).ToListAsync(), Is.EquivalentTo(new[] { AbsenceType.OwnIllness, AbsenceType.ChildIllness }));
    }

    private static IDatabaseErrors Errors(DatabaseProvider provider) =>
        provider == DatabaseProvider.Sqlite ? new SqliteErrors() : new PostgresErrors();

    private static AbsenceCase SickCall(int employeeId, int unitId, DateOnly firstDay) =>
        AbsenceCase.ReportSickCall(employeeId, unitId, new SickCallDetails(firstDay, AbsenceType.OwnIllness, 100, null, null), Stamp);

    private async Task<ApplicationDbContext> MigratedAsync(DatabaseProvider provider)
    {
        string connectionString;
        if (provider == DatabaseProvider.Postgres)
        {
            var cluster = await TestRun.PostgresAsync();
            connectionString = await cluster.CreateDatabaseAsync($"unique_{Guid.NewGuid():N}");
        }
        else
        {
            _sqliteFile = AbsenceCasesFactory.NewDatabasePath();
            Directory.CreateDirectory(Path.GetDirectoryName(_sqliteFile)!);
            connectionString = $"Data Source={_sqliteFile}";
        }

        var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(provider, connectionString));
        await db.Database.MigrateAsync();
        return db;
    }

    private static async Task<(int UnitId, int EmployeeId)> EmployAsync(ApplicationDbContext db)
    {
        var unit = new OrganisationUnit("TEST", "Testrup Kommune", UnitKind.Municipality, null, false);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        var employee = new Employee("1001", "Anna Andersen");
        employee.AddEmployment(unit.Id, 37m, new DateOnly(2020, 1, 1), null, "Pædagog");
        db.Employees.Add(employee);
        await db.SaveChangesAsync();
        return (unit.Id, employee.Id);
    }
}

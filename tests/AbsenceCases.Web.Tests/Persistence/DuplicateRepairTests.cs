using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Persistence;

/// <summary>
/// A database from before the unique indexes that holds what races stored (three open cases of one employee, twin
/// spells) migrates: the earliest open case goes on with every spell, the others are closed with a history entry that
/// names it, and of each spell's twins the one that knows most is kept.
/// </summary>
internal static class DuplicateRepairScenario
{
    /// <summary>The migration before the one that creates the unique indexes.</summary>
    private const string Before = "MustChangePassword";

    private const string KeptId = "0195A000-0000-7000-8000-000000000001";
    private const string LaterSameDayId = "0195A000-0000-7000-8000-000000000002";
    private const string LaterDayId = "0195A000-0000-7000-8000-000000000003";
    private const string ClosedLongAgoId = "0195A000-0000-7000-8000-000000000004";
    private const string OtherEmployeesId = "0195A000-0000-7000-8000-000000000005";

    /// <summary>
    /// Ids as EF stores a Guid on SQLite (upper case; PostgreSQL reads them as uuids all the same); instants as EF's
    /// binary DateTimeOffset (ticks / 1000, shifted past 11 bits of offset: here UTC).
    /// </summary>
    private const string Duplicates = $"""
            INSERT INTO "Units" ("Id", "Code", "Name", "Kind", "ParentId", "IsPilot", "Path") VALUES (1, 'A', 'Enhed A', 'Workplace', NULL, FALSE, '/1/');
            INSERT INTO "Employees" ("Id", "EmployeeNumber", "Name") VALUES (1, '1001', 'Anna Andersen'), (2, '1002', 'Bo Bech');
            INSERT INTO "Cases" ("Id", "EmployeeId", "UnitId", "Kind", "Status", "FirstDay", "ReportedAt", "ReportedBy", "Version", "ClosedOn") VALUES
                ('{ClosedLongAgoId}', 1, 1, 'SickCall', 'Closed', '2025-01-06', 204800, 'leder', 3, '2025-02-01'),
                ('{LaterSameDayId}', 1, 1, 'SickCall', 'FirstConversation', '2026-03-02', 614400, 'leder', 2, NULL),
                ('{KeptId}', 1, 1, 'SickCall', 'Reported', '2026-03-02', 409600, 'leder', 1, NULL),
                ('{LaterDayId}', 1, 1, 'FrequentAbsence', 'Reported', '2026-03-04', 307200, 'system', 1, NULL),
                ('{OtherEmployeesId}', 2, 1, 'SickCall', 'Reported', '2026-02-02', 204800, 'leder', 1, NULL);
            INSERT INTO "Spells" ("Id", "EmployeeId", "CaseId", "Type", "Percent", "FirstDay", "LastDay") VALUES
                (1, 1, '{KeptId}', 'own_illness', 100, '2026-03-02', NULL),
                (2, 1, '{LaterSameDayId}', 'own_illness', 100, '2026-03-02', NULL),
                (3, 1, '{LaterDayId}', 'own_illness', 50, '2026-03-04', NULL),
                (4, 2, '{OtherEmployeesId}', 'own_illness', 100, '2026-02-02', NULL),
                (5, 2, NULL, 'own_illness', 100, '2026-02-02', '2026-02-04'),
                (6, 2, NULL, 'child_illness', 100, '2026-02-02', '2026-02-02');
            """;

    private static readonly Guid Kept = Guid.Parse(KeptId);
    private static readonly Guid LaterSameDay = Guid.Parse(LaterSameDayId);
    private static readonly Guid LaterDay = Guid.Parse(LaterDayId);
    private static readonly Guid ClosedLongAgo = Guid.Parse(ClosedLongAgoId);
    private static readonly Guid OtherEmployees = Guid.Parse(OtherEmployeesId);

    public static async Task MigrateWithDuplicatesAsync(ApplicationDbContext db)
    {
        await db.GetInfrastructure().GetRequiredService<IMigrator>().MigrateAsync(Before);
        await db.Database.ExecuteSqlRawAsync(Duplicates);
        await db.Database.MigrateAsync();
    }

    public static async Task AssertRepairedAsync(ApplicationDbContext db)
    {
        var cases = await db.Cases.AsNoTracking().ToDictionaryAsync(c => c.Id);
        var history = await db.Set<CaseHistoryEntry>().AsNoTracking().ToListAsync();
        var spells = await db.Spells.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.CaseId }).ToListAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.That(cases.Values.Where(c => c.Status != CaseStatus.Closed).Select(c => c.Id), Is.EquivalentTo(new[] { Kept, OtherEmployees }));
        foreach (var closed in new[] { LaterSameDay, LaterDay })
        {
            Assert.That(cases[closed].CloseReason, Is.EqualTo(CloseReason.Other));
            Assert.That(cases[closed].ClosedOn, Is.InRange(today.AddDays(-1), today.AddDays(1)));
        }

        Assert.That(cases[LaterSameDay].Version, Is.EqualTo(3));
        Assert.That((cases[ClosedLongAgo].ClosedOn, cases[ClosedLongAgo].Version), Is.EqualTo(((DateOnly?)new DateOnly(2025, 2, 1), 3)), "a case closed before is left as it was");
        Assert.That(history.Select(h => (h.CaseId, h.Action, h.From, h.To)), Is.EquivalentTo(new[]
        {
            (LaterSameDay, CaseHistoryAction.Close, (CaseStatus?)CaseStatus.FirstConversation, (CaseStatus?)CaseStatus.Closed),
            (LaterDay, CaseHistoryAction.Close, CaseStatus.Reported, CaseStatus.Closed),
        }));
        Assert.That(history.Select(h => h.Note), Is.All.Contains(Kept.ToString()));
        Assert.That(history.Select(h => h.At), Is.All.InRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1)));
        Assert.That(spells, Is.EqualTo(new[]
        {
            new { Id = 1, CaseId = (Guid?)Kept },
            new { Id = 3, CaseId = (Guid?)Kept },
            new { Id = 5, CaseId = (Guid?)OtherEmployees },
            new { Id = 6, CaseId = (Guid?)null },
        }), "the twin of spell 1 is gone, spell 3 follows the case that goes on, the ended spell 5 outlives its open twin and takes its case");
    }
}

public sealed class SqliteDuplicateRepairTests
{
    [Test]
    public async Task ShouldRepairDuplicatesBeforeCreatingTheUniqueIndexes()
    {
        var path = AbsenceCasesFactory.NewDatabasePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            await using var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Sqlite, $"Data Source={path};Pooling=False"));

            await DuplicateRepairScenario.MigrateWithDuplicatesAsync(db);

            await DuplicateRepairScenario.AssertRepairedAsync(db);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

public sealed class PostgresDuplicateRepairTests : PostgresTest
{
    [Test]
    public async Task ShouldRepairDuplicatesBeforeCreatingTheUniqueIndexes()
    {
        var connectionString = await Cluster.CreateDatabaseAsync("duplicates");
        await using var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Postgres, connectionString));

        await DuplicateRepairScenario.MigrateWithDuplicatesAsync(db);

        await DuplicateRepairScenario.AssertRepairedAsync(db);
    }
}

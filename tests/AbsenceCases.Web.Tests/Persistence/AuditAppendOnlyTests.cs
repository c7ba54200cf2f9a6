using System.Data.Common;
using AbsenceCases.Domain.Auditing;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Persistence;

/// <summary>
/// The audit log is append-only at the database, on SQLite and on PostgreSQL 15 alike: UPDATE and DELETE of an audit
/// row or of a list's ids fail, unless a retention window, opened in the same transaction, covers the row.
/// </summary>
public sealed class AuditAppendOnlyTests : PostgresTest
{
    private static readonly DateTimeOffset Old = new(2020, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Young = new(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private string? _sqliteFile;

    [TearDown]
    public void DeleteSqliteFile()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }

            _sqliteFile = null;
        }
    }

    [TestCase(DatabaseProvider.Sqlite, "UPDATE \"AuditLog\" SET \"Action\" = 'Nothing'")]
    [TestCase(DatabaseProvider.Sqlite, "UPDATE \"AuditLog\" SET \"At\" = 0")]
    [TestCase(DatabaseProvider.Sqlite, "DELETE FROM \"AuditLog\" WHERE \"Action\" = 'GetCase'")]
    [TestCase(DatabaseProvider.Sqlite, "UPDATE \"AuditLogSubjects\" SET \"EmployeeId\" = 2")]
    [TestCase(DatabaseProvider.Sqlite, "DELETE FROM \"AuditLogSubjects\"")]
    [TestCase(DatabaseProvider.Postgres, "UPDATE \"AuditLog\" SET \"Action\" = 'Nothing'")]
    [TestCase(DatabaseProvider.Postgres, "UPDATE \"AuditLog\" SET \"At\" = 0")]
    [TestCase(DatabaseProvider.Postgres, "DELETE FROM \"AuditLog\" WHERE \"Action\" = 'GetCase'")]
    [TestCase(DatabaseProvider.Postgres, "UPDATE \"AuditLogSubjects\" SET \"EmployeeId\" = 2")]
    [TestCase(DatabaseProvider.Postgres, "DELETE FROM \"AuditLogSubjects\"")]
    [TestCase(DatabaseProvider.Postgres, "TRUNCATE \"AuditLog\", \"AuditLogSubjects\"")]
    public async Task ShouldRefuseToChangeOrDeleteAnAuditRow(DatabaseProvider provider, string sql)
    {
        await using var db = await AuditedDatabase(provider);

        Assert.That(async () => await db.Database.ExecuteSqlRawAsync(sql), Throws.InstanceOf<DbException>().With.Message.Contains("append-only"));

        var rows = await db.AuditEntries.AsNoTracking().Include(a => a.Subjects).OrderBy(a => a.At).ToListAsync();
        Assert.That(rows.Select(r => (r.Action, r.At, r.Subjects.Count)), Is.EqualTo(new[] { ("ListCases", Old, 2), ("GetCase", Young, 0) }));
    }

    [TestCase(DatabaseProvider.Sqlite)]
    [TestCase(DatabaseProvider.Postgres)]
    public async Task ShouldDeleteOnlyTheRowsAnOpenRetentionWindowCovers(DatabaseProvider provider)
    {
        await using var db = await AuditedDatabase(provider);

        Assert.That(
            async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                await OpenWindow(db);
                await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditLog\" WHERE \"Action\" = 'GetCase'");
            },
            Throws.InstanceOf<DbException>().With.Message.Contains("append-only"),
            "a row younger than the window");
        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await OpenWindow(db);
            await db.AuditSubjects.Where(s => db.AuditEntries.Any(a => a.Id == s.AuditEntryId && a.At < WindowEnd)).ExecuteDeleteAsync();
            await db.AuditEntries.Where(a => a.At < WindowEnd).ExecuteDeleteAsync();
            await db.AuditRetentionWindows.ExecuteDeleteAsync();
            await transaction.CommitAsync();
        }

        Assert.That(await db.AuditEntries.Select(a => a.Action).ToListAsync(), Is.EqualTo(new[] { "GetCase" }));
        Assert.That(await db.AuditSubjects.CountAsync(), Is.Zero);
        Assert.That(await db.AuditRetentionWindows.CountAsync(), Is.Zero);
    }

    private static async Task OpenWindow(ApplicationDbContext db)
    {
        db.AuditRetentionWindows.Add(new AuditRetentionWindow(WindowEnd));
        await db.SaveChangesAsync();
    }

    /// <summary>A migrated database with two audit rows: a list read in 2020 that returned two cases, and a case read in 2026.</summary>
    private async Task<ApplicationDbContext> AuditedDatabase(DatabaseProvider provider)
    {
        var connectionString = provider == DatabaseProvider.Sqlite
            ? $"Data Source={_sqliteFile = AbsenceCasesFactory.NewDatabasePath()}"
            : await Cluster.CreateDatabaseAsync($"audit_{Guid.NewGuid():N}");
        if (_sqliteFile is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_sqliteFile)!);
        }

        var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(provider, connectionString));
        await db.Database.MigrateAsync();
        var list = new AuditEntry(Old, "user-1", "Leder", "ListCases", null, null, allowed: true);
        list.AddSubjects([Guid.NewGuid(), Guid.NewGuid()], []);
        db.AuditEntries.AddRange(list, new AuditEntry(Young, "user-1", "Leder", "GetCase", Guid.NewGuid(), null, allowed: true));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return db;
    }
}

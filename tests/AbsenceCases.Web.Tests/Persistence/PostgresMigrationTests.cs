using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Persistence;

/// <summary>The PostgreSQL migrations run on a real PostgreSQL 15 server: a throw-away cluster of this fixture.</summary>
public sealed class PostgresMigrationTests : PostgresTest
{
    [Test]
    public async Task ShouldApplyEveryPostgresMigration()
    {
        var connectionString = await Cluster.CreateDatabaseAsync("migrations");
        await using var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Postgres, connectionString));

        await db.Database.MigrateAsync();

        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()).And.Not.Empty);
    }
}

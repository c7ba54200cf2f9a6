using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Persistence;

/// <summary>The PostgreSQL migrations run on a real PostgreSQL 15 server: a throw-away cluster of this fixture.</summary>
public sealed class PostgresMigrationTests
{
    private PostgresCluster? _cluster;

    [OneTimeSetUp]
    public async Task StartCluster() => _cluster = await PostgresCluster.StartAsync();

    [OneTimeTearDown]
    public async Task StopCluster()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Test]
    public async Task ShouldApplyEveryPostgresMigration()
    {
        var connectionString = await _cluster!.CreateDatabaseAsync("migrations");
        await using var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Postgres, connectionString));

        await db.Database.MigrateAsync();

        Assert.That(await db.Database.GetPendingMigrationsAsync(), Is.Empty);
        Assert.That(await db.Database.GetAppliedMigrationsAsync(), Is.EqualTo(db.Database.GetMigrations()).And.Not.Empty);
    }
}

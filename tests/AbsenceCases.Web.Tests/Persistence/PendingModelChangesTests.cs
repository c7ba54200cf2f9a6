using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Persistence;

/// <summary>
/// Each provider's migrations assembly holds a model snapshot; a model change that no migration holds differs
/// from it. Comparing the model with the snapshot opens no connection, so a placeholder connection string does.
/// </summary>
public sealed class PendingModelChangesTests
{
    [TestCase(DatabaseProvider.Sqlite, "Data Source=:memory:")]
    [TestCase(DatabaseProvider.Postgres, "Host=localhost;Database=absencecases")]
    public void ShouldHoldEveryModelChangeInAMigration(DatabaseProvider provider, string connectionString)
    {
        using var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(provider, connectionString));

        Assert.That(
            db.Database.HasPendingModelChanges(),
            Is.False,
            $"The model has changes that no {provider} migration holds; add a migration for both providers with dotnet ef (see the README).");
    }
}

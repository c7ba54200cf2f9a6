using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace AbsenceCases.Migrations.Sqlite;

/// <summary>The context <c>dotnet ef</c> builds for this assembly's migrations; adding a migration opens no connection.</summary>
public sealed class SqliteDesignTimeContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptions.ContextOptions(DatabaseProvider.Sqlite, "Data Source=absencecases.db"));
}

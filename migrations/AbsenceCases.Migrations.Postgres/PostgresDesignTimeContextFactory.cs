using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Design;

namespace AbsenceCases.Migrations.Postgres;

/// <summary>The context <c>dotnet ef</c> builds for this assembly's migrations; adding a migration opens no connection.</summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<ApplicationDbContext>
{
    public ApplicationDbContext CreateDbContext(string[] args) =>
        new(DatabaseOptions.ContextOptions(DatabaseProvider.Postgres, "Host=localhost;Database=absencecases"));
}

using Microsoft.Extensions.Configuration;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>How the context connects to each provider, with the migrations assembly generated for it.</summary>
public static class DatabaseOptions
{
    public const string ProviderKey = "Database:Provider";

    public const string ConnectionStringName = "AbsenceCases";

    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "AbsenceCases.Migrations.Sqlite",
        DatabaseProvider.Postgres => "AbsenceCases.Migrations.Postgres",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> when unset; anything but a provider's name stops the start.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var name = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(name))
        {
            return DatabaseProvider.Sqlite;
        }

        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            if (string.Equals(provider.ToString(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return provider;
            }
        }

        throw new InvalidOperationException(
            $"{ProviderKey} is '{name}'; it must be one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>The connection string; SQLite falls back to the file in the user's application-data folder.</summary>
    public static string ConnectionStringOf(IConfiguration configuration, DatabaseProvider provider) =>
        configuration.GetConnectionString(ConnectionStringName) ?? provider switch
        {
            DatabaseProvider.Sqlite => SqliteDefaults.ConnectionString(),
            _ => throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} must be set when {ProviderKey} is {provider}."),
        };

    /// <summary>The options of a context on its own, outside the host: for <c>dotnet ef</c> and tests.</summary>
    public static DbContextOptions<ApplicationDbContext> ContextOptions(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<ApplicationDbContext>();
        options.UseProvider(provider, connectionString);
        return options.Options;
    }

    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(MigrationsAssembly(provider))
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(MigrationsAssembly(provider))
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
}

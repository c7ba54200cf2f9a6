using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>The database of one test installation, on either provider, created already migrated and thrown away after the test.</summary>
public abstract class TestDatabase
{
    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    /// <summary>A new migrated database of <paramref name="provider"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(AbsenceCasesFactory.NewDatabasePath()),
        DatabaseProvider.Postgres => await PostgresTestDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>Called before a host starts on the database.</summary>
    public virtual void Prepare(IReadOnlyDictionary<string, string>? settings)
    {
    }

    public abstract void Delete();
}

/// <summary>A SQLite file; a host starting on a file that does not exist yet gets a copy of the <see cref="MigratedTemplate"/>.</summary>
public sealed class SqliteTestDatabase(string path) : TestDatabase
{
    public string Path { get; } = path;

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={Path}";

    public override void Prepare(IReadOnlyDictionary<string, string>? settings)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        if (!File.Exists(Path) && settings?.ContainsKey(DatabaseOptions.ProviderKey) != true)
        {
            MigratedTemplate.CopyTo(Path);
        }
    }

    public override void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}

/// <summary>A database in the test run's PostgreSQL cluster, copied from its migrated template database.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly PostgresCluster _cluster;
    private readonly string _name;

    private PostgresTestDatabase(PostgresCluster cluster, string name, string connectionString)
    {
        _cluster = cluster;
        _name = name;
        ConnectionString = connectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var (cluster, template) = await TestRun.PostgresTemplateAsync();
        var name = $"test_{Guid.NewGuid():N}";
        return new PostgresTestDatabase(cluster, name, await cluster.CreateDatabaseAsync(name, template));
    }

    public override void Delete() => _cluster.DropDatabase(_name);
}

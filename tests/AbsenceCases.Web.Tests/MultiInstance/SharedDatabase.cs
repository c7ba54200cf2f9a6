using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace AbsenceCases.Web.Tests.MultiInstance;

/// <summary>
/// A PostgreSQL database of one test's own, copied from the fixture's migrated template, and the instances of the
/// application that share it: hosts in this process, each on Kestrel on a loopback port of its own, with one fake clock
/// for the application's dates (Quartz keeps real time), clustered with a check-in every second.
/// </summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    private readonly List<AbsenceCasesFactory> _hosts = [];

    private SharedDatabase(string connectionString, FakeTimeProvider time, IReadOnlyDictionary<string, string> settings)
    {
        ConnectionString = connectionString;
        Time = time;
        Settings = settings;
    }

    public string ConnectionString { get; }

    public FakeTimeProvider Time { get; }

    /// <summary>What every instance on the database is configured with; a host adds its own.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>Makes the template: an empty database the migrations ran on, copied by <see cref="CreateAsync"/>.</summary>
    public static async Task<string> CreateTemplateAsync(PostgresCluster cluster)
    {
        var name = $"multi_instance_template_{Guid.NewGuid():N}";
        var connectionString = await cluster.CreateDatabaseAsync(name);
        await using (var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Postgres, connectionString)))
        {
            await db.Database.MigrateAsync();
        }

        // A template is copied only while nothing is connected to it.
        ClearPool(connectionString);
        return name;
    }

    /// <param name="now">The application's clock; Monday 16 March 2026 by default, like the other functional tests.</param>
    public static async Task<SharedDatabase> CreateAsync(
        PostgresCluster cluster, string template, SmtpListener smtp, DateTimeOffset? now = null)
    {
        var name = $"multi_instance_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {template}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = cluster.ConnectionString(name);
        var settings = new Dictionary<string, string>(AbsenceCasesFactory.SmtpTo(smtp))
        {
            [DatabaseOptions.ProviderKey] = "Postgres",
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = connectionString,
            ["Jobs:Cluster:CheckinInterval"] = "00:00:01",
            ["Jobs:Cluster:CheckinMisfireThreshold"] = "00:00:01",
        };
        return new SharedDatabase(connectionString, new FakeTimeProvider(now ?? AbsenceCasesFactory.DefaultNow), settings);
    }

    /// <summary>Starts an instance; <paramref name="settings"/> are added to the database's.</summary>
    public AbsenceCasesFactory StartHost(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new AbsenceCasesFactory(
            AbsenceCasesFactory.NewDatabasePath(), Time, settings: Settings.Concat(settings ?? new Dictionary<string, string>()).ToDictionary());
        lock (_hosts)
        {
            _hosts.Add(host);
        }

        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host;
    }

    /// <summary>Starts <paramref name="count"/> instances at the same moment.</summary>
    public Task<AbsenceCasesFactory[]> StartHostsAsync(int count, IReadOnlyDictionary<string, string>? settings = null) =>
        Task.WhenAll(Enumerable.Range(0, count).Select(_ => Task.Run(() => StartHost(settings))));

    public static async Task<HttpClient> SignedIn(AbsenceCasesFactory host, string email)
    {
        var login = await (await host.CreateClient().PostJson("/api/auth/login", new { email, password = TestWorld.Password }))
            .Read<System.Text.Json.JsonElement>();
        return host.CreateClient().WithBearer(login.GetProperty("accessToken").GetString()!);
    }

    public async Task<T> InDatabase<T>(Func<ApplicationDbContext, Task<T>> query)
    {
        await using var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Postgres, ConnectionString));
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        ClearPool(ConnectionString);
    }

    private static void ClearPool(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        NpgsqlConnection.ClearPool(connection);
    }
}

using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.MultiInstance;

/// <summary>
/// A PostgreSQL database of one test's own (<see cref="PostgresTestDatabase"/>) and the instances of the application
/// that share it: hosts in this process, each on Kestrel on a loopback port of its own, with one fake clock for the
/// application's dates (Quartz keeps real time), clustered with a check-in every second.
/// </summary>
internal sealed class SharedDatabase : IAsyncDisposable
{
    private readonly PostgresTestDatabase _database;
    private readonly List<AbsenceCasesFactory> _hosts = [];

    private SharedDatabase(PostgresTestDatabase database, FakeTimeProvider time, IReadOnlyDictionary<string, string> settings)
    {
        _database = database;
        Time = time;
        Settings = settings;
    }

    public string ConnectionString => _database.ConnectionString;

    public FakeTimeProvider Time { get; }

    /// <summary>What every instance on the database is configured with; a host adds its own.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <param name="now">The application's clock; Monday 16 March 2026 by default, like the other functional tests.</param>
    public static async Task<SharedDatabase> CreateAsync(SmtpListener smtp, DateTimeOffset? now = null)
    {
        var database = await PostgresTestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>(AbsenceCasesFactory.SmtpTo(smtp))
        {
            [DatabaseOptions.ProviderKey] = database.Provider.ToString(),
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = database.ConnectionString,
            ["Jobs:Cluster:CheckinInterval"] = "00:00:01",
            ["Jobs:Cluster:CheckinMisfireThreshold"] = "00:00:01",
        };
        return new SharedDatabase(database, new FakeTimeProvider(now ?? AbsenceCasesFactory.DefaultNow), settings);
    }

    /// <summary>Starts an instance; <paramref name="settings"/> are added to the database's.</summary>
    public AbsenceCasesFactory StartHost(IReadOnlyDictionary<string, string>? settings = null)
    {
        var host = new AbsenceCasesFactory(_database, Time, settings: Settings.Concat(settings ?? new Dictionary<string, string>()).ToDictionary());
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

        _database.Delete();
    }
}

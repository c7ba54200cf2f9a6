using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// The real host over a real database created by the migrations (a SQLite file, or a database in the test run's
/// PostgreSQL cluster), with a fake clock. Two factories on the same database are the same installation started twice.
/// </summary>
public sealed class AbsenceCasesFactory(
    TestDatabase database,
    FakeTimeProvider time,
    bool demo = false,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A host on a SQLite file; on a file that does not exist yet (and on no other provider's settings) it starts on a copy of the <see cref="MigratedTemplate"/>.</summary>
    public AbsenceCasesFactory(
        string databasePath,
        FakeTimeProvider time,
        bool demo = false,
        IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? testServices = null)
        : this(new SqliteTestDatabase(databasePath), time, demo, settings, testServices)
    {
    }

    /// <summary>
    /// Identity's hashing (PBKDF2, 100,000 iterations) dominates a test that creates the test municipality's five
    /// accounts and signs in. The test hosts hash with few iterations; the application keeps Identity's default
    /// (PasswordHashingTests).
    /// </summary>
    public const int PasswordHashIterations = 1_000;

    private const string SharedMemory = "/dev/shm";

    /// <summary>
    /// Each test's host would otherwise watch its appsettings files and its web root for changes: an inotify instance
    /// per watcher and host, and the user's instances (128 by default) are shared with every other process on the
    /// machine. Once they run out, pages that link a static asset answer 500. The hosts poll instead.
    /// </summary>
    static AbsenceCasesFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    /// <summary>Monday 16 March 2026, 09:00 in Copenhagen.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 16, 8, 0, 0, TimeSpan.Zero);

    public TestDatabase Database { get; } = database;

    /// <summary>The file of a host on SQLite.</summary>
    public string DatabasePath => ((SqliteTestDatabase)Database).Path;

    public FakeTimeProvider Time { get; } = time;

    /// <param name="testServices">Replaces services of the host, e.g. with one that fails.</param>
    public static AbsenceCasesFactory OnNewDatabase(
        bool demo = false, DateTimeOffset? now = null, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null) =>
        new(NewDatabasePath(), new FakeTimeProvider(now ?? DefaultNow), demo, settings, testServices);

    /// <summary>A host on a new migrated database of <paramref name="provider"/>.</summary>
    public static async Task<AbsenceCasesFactory> OnNewDatabaseAsync(
        DatabaseProvider provider, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null) =>
        new(await TestDatabase.CreateAsync(provider), new FakeTimeProvider(DefaultNow), demo: false, settings, testServices);

    /// <summary>Settings that send e-mail to a test SMTP server on loopback.</summary>
    public static Dictionary<string, string> SmtpTo(SmtpListener smtp) => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "fravaer@testrup.dk",
    };

    /// <summary>
    /// A new file in memory (/dev/shm) where the machine has it: the tests' databases are thrown away, and a commit
    /// there costs no disk flush.
    /// </summary>
    public static string NewDatabasePath() =>
        Path.Combine(Directory.Exists(SharedMemory) ? SharedMemory : Path.GetTempPath(), "absencecases-tests", $"{Guid.NewGuid():N}.db");

    /// <summary>The same installation started again (or a second process on the same database).</summary>
    public AbsenceCasesFactory Restarted() => new(Database, Time, demo, settings, testServices);

    public void DeleteDatabase() => Database.Delete();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Database.Prepare(settings);
        builder.UseEnvironment(demo ? "Development" : "Testing");
        builder.UseSetting(DatabaseOptions.ProviderKey, Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:AbsenceCases", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Jobs:Schedule", "false");

        // Every test signs in many times, from the one address a test server has; the rate-limit tests set their own limits.
        foreach (var limit in new[] { "PerAddress", "PerAccount", "PerAccountFromAddress" })
        {
            builder.UseSetting($"RateLimits:SignIn:{limit}:Limit", "1000000");
        }

        // Most tests sign in HR and Admin with a password alone; the two-factor tests require the code again.
        builder.UseSetting("Auth:RequireTwoFactorForRoles", string.Empty);

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);
            testServices?.Invoke(services);
        });
    }
}

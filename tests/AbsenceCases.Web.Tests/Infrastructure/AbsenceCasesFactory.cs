using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// The real host over a real SQLite file created by the migrations, with a fake clock. Two factories on the
/// same file are the same installation started twice. A host on a file that does not exist yet (and on no other
/// database provider) starts on a copy of the <see cref="MigratedTemplate"/> instead of migrating an empty file itself.
/// </summary>
public sealed class AbsenceCasesFactory(
    string databasePath,
    FakeTimeProvider time,
    bool demo = false,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
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

    public string DatabasePath { get; } = databasePath;

    public FakeTimeProvider Time { get; } = time;

    /// <param name="testServices">Replaces services of the host, e.g. with one that fails.</param>
    public static AbsenceCasesFactory OnNewDatabase(
        bool demo = false, DateTimeOffset? now = null, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? testServices = null) =>
        new(NewDatabasePath(), new FakeTimeProvider(now ?? DefaultNow), demo, settings, testServices);

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
    public AbsenceCasesFactory Restarted() => new(DatabasePath, Time, demo, settings, testServices);

    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        if (!File.Exists(DatabasePath) && settings?.ContainsKey(DatabaseOptions.ProviderKey) != true)
        {
            MigratedTemplate.CopyTo(DatabasePath);
        }

        builder.UseEnvironment(demo ? "Development" : "Testing");
        builder.UseSetting("ConnectionStrings:AbsenceCases", $"Data Source={DatabasePath}");
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

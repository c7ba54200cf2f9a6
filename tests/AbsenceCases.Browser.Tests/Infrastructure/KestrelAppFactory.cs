using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Browser.Tests.Infrastructure;

/// <summary>
/// The real application on a real port for a real browser: Kestrel on a free port of 127.0.0.1, its own SQLite file
/// created by the migrations, and the demo municipality with its demo accounts, on the real clock.
/// </summary>
/// <param name="settings">Configuration beside the demo's, e.g. the identity provider's.</param>
public sealed class KestrelAppFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "absencecases-browser", Guid.NewGuid().ToString("N"));

    /// <summary>Starts the server and answers its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Start()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    public async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>The database lives in a folder of its own, removed with it.</summary>
    public void DeleteDatabase()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:AbsenceCases", $"Data Source={Path.Combine(_folder, "absencecases.db")}");
        builder.UseSetting("Demo:Enabled", "true");

        // The browser tests sign in again and again from loopback.
        foreach (var limit in new[] { "PerAddress", "PerAccount", "PerAccountFromAddress" })
        {
            builder.UseSetting($"RateLimits:SignIn:{limit}:Limit", "1000000");
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

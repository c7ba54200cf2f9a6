using AbsenceCases.Application.Common.Security;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Benchmarks;

/// <summary>
/// The real web host on Kestrel (a real socket, so imports stream through the real request-size limits) over a
/// fresh database made by the migrations, with the clock fixed the day after the generated data ends.
/// </summary>
internal sealed class BenchmarkHost(BenchmarkDatabase database, DateTimeOffset now) : WebApplicationFactory<Program>
{
    public const string HrEmail = "hr@benchmark.local";
    public const string Password = "Benchmark!2026";

    public async Task<HttpClient> SignInAsHrAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = HrEmail, Email = HrEmail, DisplayName = "HR", EmailConfirmed = true };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, Roles.Hr));
        }

        // Without the test client's redirect handling, which keeps a copy of every request body to send it again.
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = ClientOptions.BaseAddress, AllowAutoRedirect = false, HandleCookies = false });
        client.Timeout = TimeSpan.FromMinutes(10);
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = HrEmail, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<Token>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSolutionRelativeContentRoot("src/AbsenceCases.Web");
        builder.UseEnvironment("Production");
        builder.UseSetting(DatabaseOptions.ProviderKey, database.Provider.ToString());
        builder.UseSetting($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "false");
        // The scheduled jobs run at night in production; here they would fire at random points of the measurements.
        builder.UseSetting("Jobs:Schedule", "false");
        // The harness's HR account signs in by password alone; two-factor sign-in is not what it measures.
        builder.UseSetting("Auth:RequireTwoFactorForRoles", string.Empty);
        builder.ConfigureLogging(logging => logging
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddFilter("AbsenceCases.Application", LogLevel.Warning)
            .AddFilter("AbsenceCases.Application.Statistics.Facts", LogLevel.Information)
            .AddSimpleConsole(options => options.SingleLine = true));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(now)));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    private sealed record Token(string AccessToken);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

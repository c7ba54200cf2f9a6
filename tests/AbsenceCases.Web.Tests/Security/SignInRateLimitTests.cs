using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// The guard against guessing: requests to /api/auth/* per client address, failed sign-ins per account from all
/// addresses and from one. The limiters keep their own clock, so each test stays far inside a refill period and reads
/// the wait from Retry-After instead of waiting.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class SignInRateLimitTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Wrong = "forkert adgangskode";

    private readonly RecordedLogs _logs = new();

    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["RateLimits:SignIn:PerAddress:Limit"] = "3",
        ["RateLimits:SignIn:PerAddress:Every"] = "00:04:00",
        ["RateLimits:SignIn:PerAccount:Limit"] = "3",
        ["RateLimits:SignIn:PerAccount:Every"] = "00:07:00",
        ["RateLimits:SignIn:PerAccountFromAddress:Limit"] = "2",
        ["RateLimits:SignIn:PerAccountFromAddress:Every"] = "00:11:00",
    };

    protected override Action<IServiceCollection> TestServices() => services =>
    {
        services.AddSingleton<IStartupFilter, ClientAddresses>();
        services.AddSingleton<ILoggerProvider>(_logs);
    };

    [Test]
    public async Task ShouldAnswer429WithRetryAfterOnceOneAddressSentTooManyRequestsToTheSignInApi()
    {
        var client = ClientAddresses.From(Factory, "192.0.2.10");
        await Fails(client, "leder.a@test.local");
        await Fails(client, "hr@test.local");
        await (await client.PostJson("/api/auth/refresh", new { refreshToken = "not-a-token" })).Problem(HttpStatusCode.Unauthorized);

        var refused = await SignIn(client, "koordinator@test.local", TestWorld.Password);
        var elsewhere = await SignIn(ClientAddresses.From(Factory, "192.0.2.11"), "koordinator@test.local", TestWorld.Password);

        var problem = await refused.Problem(HttpStatusCode.TooManyRequests);
        Assert.That(refused.Headers.GetValues("Retry-After"), Is.EqualTo(new[] { "240" }), "one request more every four minutes");
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo("Too many sign-in attempts. Try again in 240 seconds."));
        Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another address has its own limit");
        Assert.That(Warnings(), Has.Exactly(1).Matches<string>(m => m.Contains("429") && m.Contains("192.0.2.10") && m.Contains("POST /api/auth/login")));
    }

    [TestCase("leder.a@test.local")]
    [TestCase("ingen@test.local")]
    public async Task ShouldRefuseAnAccountWhoseFailuresFromManyAddressesReachedItsLimit(string email)
    {
        foreach (var address in new[] { "192.0.2.21", "192.0.2.22", "192.0.2.23" })
        {
            await Fails(ClientAddresses.From(Factory, address), email);
        }

        var refused = await SignIn(ClientAddresses.From(Factory, "192.0.2.24"), email, TestWorld.Password);
        var otherAccount = await SignIn(ClientAddresses.From(Factory, "192.0.2.24"), "hr@test.local", TestWorld.Password);

        await refused.Problem(HttpStatusCode.TooManyRequests);
        Assert.That(refused.Headers.GetValues("Retry-After"), Is.EqualTo(new[] { "420" }), "one failure more every seven minutes");
        Assert.That(otherAccount.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldNotLetAStrangerWhoGuessesRefuseTheAccountToItsUser()
    {
        var stranger = ClientAddresses.From(Factory, "192.0.2.41");
        await Fails(stranger, "leder.a@test.local");
        await Fails(stranger, "leder.a@test.local");

        var strangerAgain = await SignIn(stranger, " LEDER.A@test.local ", Wrong);
        var user = await SignIn(ClientAddresses.From(Factory, "192.0.2.42"), "leder.a@test.local", TestWorld.Password);

        await strangerAgain.Problem(HttpStatusCode.TooManyRequests);
        Assert.That(strangerAgain.Headers.GetValues("Retry-After"), Is.EqualTo(new[] { "660" }), "one failure more every eleven minutes");
        Assert.That(user.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the user's own address is not refused");
        Assert.That(Warnings(), Has.Exactly(1).Matches<string>(m => m.Contains("429") && m.Contains("failed sign-ins") && m.Contains("192.0.2.41")));
    }

    [Test]
    public async Task ShouldCheckNoPasswordOfARefusedAccountAndAuditNoFurtherFailure()
    {
        var stranger = ClientAddresses.From(Factory, "192.0.2.51");
        await Fails(stranger, "leder.a@test.local");
        await Fails(stranger, "leder.a@test.local");

        var rightPassword = await SignIn(stranger, "leder.a@test.local", TestWorld.Password);

        await rightPassword.Problem(HttpStatusCode.TooManyRequests);
        var rows = await World.InDatabase(db => db.AuditEntries
            .Where(a => a.UserId == World.ManagerAId && (a.Action == "SignIn" || a.Action == "SignInFailed")).Select(a => a.Action).ToListAsync());
        Assert.That(rows, Is.EqualTo(new[] { "SignInFailed", "SignInFailed" }), "refused before the password was checked: no sign-in, no third failure");
    }

    private List<string> Warnings() => _logs.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();

    private static async Task Fails(HttpClient client, string email) =>
        await (await SignIn(client, email, Wrong)).Problem(HttpStatusCode.Unauthorized);

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string email, string password) =>
        client.PostJson("/api/auth/login", new { email, password });
}

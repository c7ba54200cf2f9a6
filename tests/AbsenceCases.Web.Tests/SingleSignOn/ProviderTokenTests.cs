using System.Net.Http.Headers;
using System.Security.Claims;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Imports;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.TestIdentityProvider;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AbsenceCases.Web.Tests.SingleSignOn;

/// <summary>
/// An integration such as the nightly payroll import calls the API with the provider's access token, got by client
/// credentials, as the user Auth:Oidc:ClientUsers names for it; a token the provider did not issue for this API,
/// or no longer valid, opens nothing.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ProviderTokenTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string PayrollClient = "loenimport";
    private const string PayrollSecret = "loenimport-secret";
    private const string UnmappedClient = "andet-system";
    private const string PayrollUser = "loenimport@testrup.dk";

    private const string Units =
        "unit_code;name;kind;parent_code;is_pilot\n" +
        "SKO;Skoler;area;TEST;false\n" +
        "S01;Nordskolen;workplace;SKO;true\n";

    private LoopbackIdentityProvider _provider = null!;

    [OneTimeSetUp]
    public async Task StartProvider()
    {
        _provider = await LoopbackIdentityProvider.StartAsync();
        await _provider.RegisterServiceAsync(PayrollClient, PayrollSecret);
        await _provider.RegisterServiceAsync(UnmappedClient, PayrollSecret);
    }

    [OneTimeTearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    protected override IReadOnlyDictionary<string, string> Settings() =>
        new Dictionary<string, string>(ProviderSignInFlow.Settings(_provider)) { [$"Auth:Oidc:ClientUsers:{PayrollClient}"] = PayrollUser };

    [SetUp]
    public async Task CreateThePayrollUser()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = PayrollUser, Email = PayrollUser, DisplayName = "Lønimport", EmailConfirmed = true };
        Assert.That((await users.CreateAsync(user)).Succeeded, Is.True);
        Assert.That((await users.AddToRoleAsync(user, Roles.Hr)).Succeeded, Is.True);
    }

    [Test]
    public async Task ShouldImportACsvWithAClientCredentialsTokenFromTheProvider()
    {
        var client = WithBearer(await _provider.ClientCredentialsTokenAsync(PayrollClient, PayrollSecret));

        var result = await (await client.PostCsv("/api/imports/units", Units)).Read<ImportResult>();

        Assert.That(result, Is.EqualTo(new ImportResult(2, 0, 0)));
        Assert.That(await World.InDatabase(db => Task.FromResult(db.Units.Any(u => u.Code == "S01"))), Is.True);
    }

    [Test]
    public async Task ShouldGiveTheTokenTheRolesOfItsUserOnly()
    {
        var client = WithBearer(await _provider.ClientCredentialsTokenAsync(PayrollClient, PayrollSecret));

        var admin = await client.GetAsync("/api/admin/users");

        Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldRefuseATokenOfAClientWithoutAUser()
    {
        var client = WithBearer(await _provider.ClientCredentialsTokenAsync(UnmappedClient, PayrollSecret));

        Assert.That((await client.PostCsv("/api/imports/units", Units)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRefuseATokenOfTheUserWhenTheUserIsBlocked()
    {
        var client = WithBearer(await _provider.ClientCredentialsTokenAsync(PayrollClient, PayrollSecret));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(PayrollUser))!, DateTimeOffset.MaxValue);
        }

        Assert.That((await client.PostCsv("/api/imports/units", Units)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRefuseATokenOfAnotherIssuer()
    {
        await using var other = await LoopbackIdentityProvider.StartAsync();
        await other.RegisterServiceAsync(PayrollClient, PayrollSecret);
        var client = WithBearer(await other.ClientCredentialsTokenAsync(PayrollClient, PayrollSecret));

        Assert.That((await client.PostCsv("/api/imports/units", Units)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRefuseAnExpiredToken()
    {
        var now = DateTime.UtcNow;
        var client = WithBearer(Signed(LoopbackIdentityProvider.ApiAudience, issuedAt: now.AddHours(-2), expires: now.AddMinutes(-10)));

        Assert.That((await client.PostCsv("/api/imports/units", Units)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRefuseATokenForAnotherAudience()
    {
        var now = DateTime.UtcNow;
        var client = WithBearer(Signed("payroll-system", issuedAt: now.AddMinutes(-1), expires: now.AddMinutes(30)));

        Assert.That((await client.PostCsv("/api/imports/units", Units)).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldAcceptATokenSignedTheSameWayForThisAudienceWhileValid()
    {
        var now = DateTime.UtcNow;
        var client = WithBearer(Signed(LoopbackIdentityProvider.ApiAudience, issuedAt: now.AddMinutes(-1), expires: now.AddMinutes(30)));

        Assert.That((await client.PostCsv("/api/imports/units", Units)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    /// <summary>A token as the provider would sign it, but with the audience and lifetime the test chooses.</summary>
    private string Signed(string audience, DateTime issuedAt, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _provider.Authority.ToString(),
            Audience = audience,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", PayrollClient), new Claim("client_id", PayrollClient)]),
            SigningCredentials = new SigningCredentials(_provider.SigningKey, SecurityAlgorithms.RsaSha256),
        });

    private HttpClient WithBearer(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}

using AbsenceCases.Application.Organisation;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AuthTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldIssueABearerTokenForTheRightPassword()
    {
        var response = await World.Anonymous().PostJson("/api/auth/login", new { email = "hr@test.local", password = TestWorld.Password });

        var token = await response.Read<System.Text.Json.JsonElement>();
        Assert.That(token.GetProperty("tokenType").GetString(), Is.EqualTo("Bearer"));
        Assert.That(token.GetProperty("expiresIn").GetInt64(), Is.EqualTo(600), "ten minutes");
        Assert.That(token.GetProperty("refreshToken").GetString(), Is.Not.Empty);
        var units = await World.Anonymous().WithBearer(token.GetProperty("accessToken").GetString()!).GetAsync("/api/units");
        Assert.That((await units.Read<List<UnitDto>>()).Select(u => u.Code), Is.EqualTo(new[] { "TEST", "DAG", "A", "A1", "B" }));
    }

    [Test]
    public async Task ShouldRefuseAWrongPassword()
    {
        var response = await World.Anonymous().PostJson("/api/auth/login", new { email = "hr@test.local", password = "wrong" });

        await response.Problem(HttpStatusCode.Unauthorized);
    }

    /// <summary>Wrong passwords no longer lock an account: only an Admin's block does (the rate limits guard against guessing).</summary>
    [Test]
    public async Task ShouldAnswerTheSameForAWrongPasswordAnUnknownAccountAndABlockedAccount()
    {
        var wrong = await FailedSignIn("hr@test.local", "forkert adgangskode");
        var unknown = await FailedSignIn("ingen@test.local", "forkert adgangskode");
        var block = await (await World.Admin()).PutAsJsonAsync($"/api/admin/users/{World.ManagerBId}", new
        {
            displayName = "Leder B", roles = new[] { "Manager" }, managedUnitIds = new[] { World.UnitB }, blocked = true,
        }, Json.Options);
        Assert.That(block.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var locked = await FailedSignIn("leder.b@test.local", TestWorld.Password);

        Assert.That(wrong, Is.EqualTo("Wrong e-mail or password."));
        Assert.That(new[] { unknown, locked }, Is.All.EqualTo(wrong));
    }

    [Test]
    public async Task ShouldNotLockAnAccountAfterManyWrongPasswords()
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            await FailedSignIn("leder.b@test.local", "forkert adgangskode");
        }

        var right = await World.Anonymous().PostJson("/api/auth/login", new { email = "leder.b@test.local", password = TestWorld.Password });

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await World.InDatabase(db => db.Users.Where(u => u.Email == "leder.b@test.local").Select(u => u.LockoutEnd).SingleAsync()), Is.Null);
    }

    private async Task<string> FailedSignIn(string email, string password)
    {
        var response = await World.Anonymous().PostJson("/api/auth/login", new { email, password });
        return (await response.Problem(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString()!;
    }

    [Test]
    public async Task ShouldNameTheMissingLoginFields()
    {
        var response = await World.Anonymous().PostJson("/api/auth/login", new { });

        Assert.That(await response.FieldErrors(), Is.EquivalentTo(new[] { "email", "password" }));
    }

    [Test]
    public async Task ShouldRenewATokenWithTheRefreshToken()
    {
        var login = await (await World.Anonymous().PostJson("/api/auth/login", new { email = "hr@test.local", password = TestWorld.Password }))
            .Read<System.Text.Json.JsonElement>();

        var renewed = await World.Anonymous().PostJson("/api/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() });
        var rejected = await World.Anonymous().PostJson("/api/auth/refresh", new { refreshToken = "not-a-token" });

        Assert.That((await renewed.Read<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString(), Is.Not.Empty);
        await rejected.Problem(HttpStatusCode.Unauthorized);
    }

    [TestCase("/api/cases")]
    [TestCase("/api/units")]
    [TestCase("/api/employees")]
    [TestCase("/api/workflow")]
    [TestCase("/api/auth/me")]
    public async Task ShouldAnswerUnauthorizedWithoutAToken(string url)
    {
        var response = await World.Anonymous().GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldTellWhoIsSignedIn()
    {
        var me = await (await (await World.ManagerA()).GetAsync("/api/auth/me")).Read<System.Text.Json.JsonElement>();

        Assert.That(me.GetProperty("name").GetString(), Is.EqualTo("Leder A"));
        Assert.That(me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()), Is.EqualTo(new[] { "Manager" }));
    }

    [Test]
    public async Task ShouldAnswerHealthAndTheOpenApiDocumentWithoutSigningIn()
    {
        var health = await World.Anonymous().GetAsync("/health");
        var openApi = await World.Anonymous().GetAsync("/openapi/v1.json");

        Assert.That(await health.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        var document = await openApi.Content.ReadAsStringAsync();
        Assert.That(document, Does.Contain("/api/sick-calls").And.Contain("/api/cases/{id}/first-conversation").And.Contain("/api/imports/absences"));
        Assert.That(document, Does.Contain("/api/coordination-groups/{id}/board").And.Contain("/api/coordination-groups/{id}/reviews")
            .And.Contain("/api/prevention-initiatives/{id}").And.Contain("/api/cases/{id}/prevention-plan/measures/{measureId}/complete")
            .And.Contain("/api/notifications/{id}/read").And.Contain("/api/admin/jobs/{name}/run")
            .And.Contain("/api/admin/users/{id}").And.Contain("/api/employees/{id}/section56-agreements"));
    }
}

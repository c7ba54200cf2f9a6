using AbsenceCases.Domain.Auditing;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>Sign-ins, failed sign-ins, sign-outs, refreshes and refresh-token reuse are audit rows naming the account.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class IdentityAuditTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly string[] IdentityActions = ["SignIn", "SignInFailed", "SignOut", "RefreshToken", "RefreshTokenReused"];

    [Test]
    public async Task ShouldAuditASignInARefreshAndASignOut()
    {
        var login = await (await Login("hr@test.local", TestWorld.Password)).Read<Tokens>();
        var renewed = await (await World.Anonymous().PostJson("/api/auth/refresh", new { refreshToken = login.RefreshToken })).Read<Tokens>();
        await World.Anonymous().WithBearer(renewed.AccessToken).PostAsync("/api/auth/logout", null);

        var hrId = await UserIdOf("hr@test.local");
        Assert.That((await IdentityRows()).Select(r => (r.Action, r.UserId, r.UserName, r.Allowed, r.CaseId, r.EmployeeId)), Is.EqualTo(new[]
        {
            ("SignIn", hrId, "HR", true, (Guid?)null, (int?)null),
            ("RefreshToken", hrId, "HR", true, null, null),
            ("SignOut", hrId, "HR", true, null, null),
        }));
    }

    [Test]
    public async Task ShouldAuditAFailedSignInByTheAccountAndNeverWhatWasTyped()
    {
        await Login("hr@test.local", "Forkert-kodeord-1");
        await Login("ingen@test.local", "Forkert-kodeord-2");

        var rows = await IdentityRows();
        Assert.That(rows.Select(r => (r.Action, r.UserId, r.UserName, r.Allowed)), Is.EqualTo(new[]
        {
            ("SignInFailed", await UserIdOf("hr@test.local"), "HR", false),
            ("SignInFailed", "unknown", "unknown", false),
        }));
    }

    [Test]
    public async Task ShouldAuditTheReuseOfARefreshToken()
    {
        var login = await (await Login("hr@test.local", TestWorld.Password)).Read<Tokens>();
        await World.Anonymous().PostJson("/api/auth/refresh", new { refreshToken = login.RefreshToken });

        await World.Anonymous().PostJson("/api/auth/refresh", new { refreshToken = login.RefreshToken });

        var last = (await IdentityRows())[^1];
        Assert.That((last.Action, last.UserId, last.Allowed), Is.EqualTo(("RefreshTokenReused", await UserIdOf("hr@test.local"), false)));
    }

    [Test]
    public async Task ShouldAuditTheSignInAndSignOutOfThePages()
    {
        var session = await Ui.UiSession.SignedIn(Factory, "leder.a@test.local");
        var logout = await session.Get("/logout");
        await session.Submit(logout, "main form");

        Assert.That((await IdentityRows()).Select(r => (r.Action, r.UserId)), Is.EqualTo(new[]
        {
            ("SignIn", World.ManagerAId),
            ("SignOut", World.ManagerAId),
        }));
    }

    private Task<HttpResponseMessage> Login(string email, string password) =>
        World.Anonymous().PostJson("/api/auth/login", new { email, password });

    private Task<List<AuditEntry>> IdentityRows() =>
        World.InDatabase(db => db.AuditEntries.Where(a => IdentityActions.Contains(a.Action)).OrderBy(a => a.Id).ToListAsync());

    private Task<string> UserIdOf(string email) => World.InDatabase(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private sealed record Tokens(string AccessToken, string RefreshToken);
}

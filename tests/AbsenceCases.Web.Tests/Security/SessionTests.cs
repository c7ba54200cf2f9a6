using AbsenceCases.Application.Jobs;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// Bearer sessions end when access ends: within 60 seconds of a block, a role or scope change or a new password;
/// access tokens live 10 minutes; refresh tokens rotate, and a reused one revokes its family.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class SessionTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly TimeSpan Revalidation = TimeSpan.FromSeconds(60);

    [Test]
    public async Task ShouldRefuseTheBearerTokenOfABlockedUserWithinAMinute()
    {
        var manager = await World.ManagerA();
        Assert.That((await manager.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await UpdateManagerA(roles: ["Manager"], units: [World.UnitA], blocked: true);
        Factory.Time.Advance(Revalidation);

        var sickCall = await manager.PostJson("/api/sick-calls", new { employeeId = World.EmployeeA, firstDay = Today, absenceType = "own_illness" });
        Assert.That(sickCall.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await World.InDatabase(db => db.Cases.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseTheBearerTokenWithinAMinuteOfARemovedRole()
    {
        var manager = await World.ManagerA();
        Assert.That((await manager.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await UpdateManagerA(roles: [], units: [], blocked: false);
        Factory.Time.Advance(Revalidation);

        Assert.That((await manager.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRefuseTheBearerTokenWithinAMinuteOfLeavingTheCoordinationGroup()
    {
        var coordinator = await World.Coordinator();
        Assert.That((await coordinator.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var updated = await (await World.Hr()).PutAsJsonAsync($"/api/coordination-groups/{World.GroupA}", new
        {
            name = "Gruppe A", meetingDay = "Tuesday", workplaceIds = new[] { World.UnitA }, members = Array.Empty<object>(),
        }, Json.Options);
        Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
        Factory.Time.Advance(Revalidation);

        Assert.That((await coordinator.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldEndEverySessionWithinAMinuteOfANewPassword()
    {
        var other = await Login("leder.a@test.local");
        var manager = await World.ManagerA();
        var otherClient = World.Anonymous().WithBearer(other.AccessToken);
        Assert.That((await otherClient.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var changed = await manager.PostJson("/api/auth/password", new { currentPassword = TestWorld.Password, newPassword = "Nyt!Kodeord2026" });
        Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await changed.Content.ReadAsStringAsync());
        var refresh = await Refresh(other.RefreshToken);
        Factory.Time.Advance(Revalidation);

        await refresh.Problem(HttpStatusCode.Unauthorized);
        Assert.That((await otherClient.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await manager.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var again = await World.Anonymous().PostJson("/api/auth/login", new { email = "leder.a@test.local", password = "Nyt!Kodeord2026" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldNameTheWrongCurrentPassword()
    {
        var response = await (await World.ManagerA()).PostJson("/api/auth/password", new { currentPassword = "wrong", newPassword = "Nyt!Kodeord2026" });

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { "currentPassword" }));
    }

    [Test]
    public async Task ShouldRefuseAnAccessTokenAfterTenMinutes()
    {
        var login = await Login("hr@test.local");
        var client = World.Anonymous().WithBearer(login.AccessToken);

        Factory.Time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var justBefore = await client.GetAsync("/api/units");
        Factory.Time.Advance(TimeSpan.FromSeconds(1));
        var after = await client.GetAsync("/api/units");

        Assert.That((login.ExpiresIn, justBefore.StatusCode, after.StatusCode), Is.EqualTo((600L, HttpStatusCode.OK, HttpStatusCode.Unauthorized)));
    }

    [Test]
    public async Task ShouldRotateTheRefreshTokenOnEveryUse()
    {
        var login = await Login("hr@test.local");

        var renewed = await (await Refresh(login.RefreshToken)).Read<Tokens>();
        var units = await World.Anonymous().WithBearer(renewed.AccessToken).GetAsync("/api/units");
        var oldOneAgain = await Refresh(login.RefreshToken);

        Assert.That(renewed.RefreshToken, Is.Not.EqualTo(login.RefreshToken));
        Assert.That(units.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await oldOneAgain.Problem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRevokeTheWholeFamilyWhenAUsedRefreshTokenComesBack()
    {
        var login = await Login("hr@test.local");
        var second = await (await Refresh(login.RefreshToken)).Read<Tokens>();
        var newest = await (await Refresh(second.RefreshToken)).Read<Tokens>();
        var newestClient = World.Anonymous().WithBearer(newest.AccessToken);
        Assert.That((await newestClient.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var reused = await Refresh(login.RefreshToken);
        var newestRefresh = await Refresh(newest.RefreshToken);
        Factory.Time.Advance(Revalidation);

        await reused.Problem(HttpStatusCode.Unauthorized);
        await newestRefresh.Problem(HttpStatusCode.Unauthorized);
        Assert.That((await newestClient.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldLetARefreshTokenLapseAfterThirtyMinutesUnused()
    {
        var login = await Login("hr@test.local");

        Factory.Time.Advance(TimeSpan.FromMinutes(30));

        await (await Refresh(login.RefreshToken)).Problem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldEndARefreshedSessionTenHoursAfterSigningIn()
    {
        var tokens = await Login("hr@test.local");
        for (var minutes = 20; minutes < 10 * 60; minutes += 20)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(20));
            tokens = await (await Refresh(tokens.RefreshToken)).Read<Tokens>();
        }

        Factory.Time.Advance(TimeSpan.FromMinutes(20));

        await (await Refresh(tokens.RefreshToken)).Problem(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldRevokeTheRefreshTokenFamilyOnLogout()
    {
        var login = await Login("hr@test.local");
        var client = World.Anonymous().WithBearer(login.AccessToken);

        var logout = await client.PostAsync("/api/auth/logout", null);
        var refresh = await Refresh(login.RefreshToken);
        Factory.Time.Advance(Revalidation);

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await refresh.Problem(HttpStatusCode.Unauthorized);
        Assert.That((await client.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRefuseACopiedAccessTokenAndTheRefreshTokenAtOnceAfterLogout()
    {
        var login = await Login("hr@test.local");
        var client = World.Anonymous().WithBearer(login.AccessToken);
        var copy = World.Anonymous().WithBearer(login.AccessToken);
        Assert.That((await copy.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var logout = await client.PostAsync("/api/auth/logout", null);

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await copy.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        await (await Refresh(login.RefreshToken)).Problem(HttpStatusCode.Unauthorized);
        var ended = await World.InDatabase(db => db.UserSessions.SingleAsync());
        Assert.That(ended.EndedAt, Is.EqualTo(Factory.Time.GetUtcNow()));
    }

    [Test]
    public async Task ShouldKeepTheUsersOtherSessionsWhenOneLogsOut()
    {
        var leaving = await Login("hr@test.local");
        var staying = await Login("hr@test.local");

        await World.Anonymous().WithBearer(leaving.AccessToken).PostAsync("/api/auth/logout", null);

        Assert.That((await World.Anonymous().WithBearer(staying.AccessToken).GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Refresh(staying.RefreshToken)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldRefuseTheAccessTokenAtOnceWhenAUsedRefreshTokenComesBack()
    {
        var login = await Login("hr@test.local");
        var renewed = await (await Refresh(login.RefreshToken)).Read<Tokens>();

        await Refresh(login.RefreshToken);

        Assert.That((await World.Anonymous().WithBearer(renewed.AccessToken).GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldLetTheRetentionJobDeleteSessionsAndRefreshTokensADayAfterTheirAbsoluteEnd()
    {
        var first = await Login("hr@test.local");
        await Refresh(first.RefreshToken);
        Factory.Time.Advance(TimeSpan.FromHours(1));
        await Login("leder.a@test.local");
        var started = await World.InDatabase(db => db.UserSessions.OrderBy(s => s.StartedAt).Select(s => s.Id).ToListAsync());
        Assert.That(started, Has.Count.EqualTo(2));

        // The first session's ten hours ended a day and a second ago; the second one's ended an hour less than a day ago.
        Factory.Time.Advance(TimeSpan.FromHours(9) + TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var result = await (await (await World.Admin()).PostAsync("/api/admin/jobs/retention/run", null)).Read<JobResult>();

        Assert.That((result.Counts["sessions"], result.Counts["refreshTokens"]), Is.EqualTo((1, 2)));
        var sessionsLeft = await World.InDatabase(db => db.UserSessions.Select(s => s.Id).ToListAsync());
        var familiesLeft = await World.InDatabase(db => db.RefreshTokens.Select(t => t.FamilyId).ToListAsync());
        Assert.That(sessionsLeft, Does.Contain(started[1]).And.Not.Contains(started[0]));
        Assert.That(familiesLeft, Does.Contain(started[1]).And.Not.Contains(started[0]));
    }

    [Test]
    public async Task ShouldKeepOnlyTheHashOfARefreshToken()
    {
        var login = await Login("hr@test.local");

        var stored = await World.InDatabase(db => db.RefreshTokens.SingleAsync());

        Assert.That(stored.TokenHash, Is.Not.EqualTo(login.RefreshToken).And.Not.Contains(login.RefreshToken));
        Assert.That(stored.TokenHash, Has.Length.EqualTo(64));
    }

    private async Task<Tokens> Login(string email) =>
        await (await World.Anonymous().PostJson("/api/auth/login", new { email, password = TestWorld.Password })).Read<Tokens>();

    private Task<HttpResponseMessage> Refresh(string refreshToken) =>
        World.Anonymous().PostJson("/api/auth/refresh", new { refreshToken });

    private async Task UpdateManagerA(string[] roles, int[] units, bool blocked)
    {
        var response = await (await World.Admin()).PutAsJsonAsync($"/api/admin/users/{World.ManagerAId}", new
        {
            displayName = "Leder A", roles, managedUnitIds = units, blocked,
        }, Json.Options);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    private sealed record Tokens(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}

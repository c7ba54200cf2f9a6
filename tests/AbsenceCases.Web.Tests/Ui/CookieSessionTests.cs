using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The pages' cookie: 30 minutes idle, 10 hours at most, gone within a minute of a block, and at once, copies included, on logout.</summary>
public sealed class CookieSessionTests : UiTest
{
    [TestCase("https://localhost", "secure; samesite=lax; httponly")]
    [TestCase("http://localhost", "samesite=lax; httponly")]
    public async Task ShouldSetTheSessionCookieHttpOnlyLaxAndSecureOverHttps(string baseAddress, string attributes)
    {
        var cookies = new SetCookieRecorder();
        var session = new UiSession(Factory.CreateDefaultClient(new Uri(baseAddress), new CookieContainerHandler(), cookies));
        var login = await session.Get("/login");

        await session.Submit(login, "main form", new() { ["Email"] = HrEmail, ["Password"] = TestWorld.Password }, follow: false);

        var sessionCookie = cookies.Received.Single(c => c.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.That(sessionCookie[sessionCookie.IndexOf("; path=/; ", StringComparison.Ordinal)..], Is.EqualTo("; path=/; " + attributes));
    }

    [Test]
    public async Task ShouldSendABlockedUserToTheLoginPageWithinAMinute()
    {
        var session = await SignIn(ManagerAEmail);
        Assert.That((await session.Get("/", follow: false)).Status, Is.EqualTo(HttpStatusCode.OK));

        var blocked = await (await World.Admin()).PutAsJsonAsync($"/api/admin/users/{World.ManagerAId}", new
        {
            displayName = "Leder A", roles = new[] { "Manager" }, managedUnitIds = new[] { World.UnitA }, blocked = true,
        }, Json.Options);
        Assert.That(blocked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Factory.Time.Advance(TimeSpan.FromSeconds(60));

        var page = await session.Get("/", follow: false);
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location, Does.Contain("/login?ReturnUrl=%2F"));
    }

    [Test]
    public async Task ShouldEndTheCookieSessionAfterThirtyMinutesIdle()
    {
        var session = await SignIn(HrEmail);

        Factory.Time.Advance(TimeSpan.FromMinutes(29));
        var stillIn = await session.Get("/", follow: false);
        Factory.Time.Advance(TimeSpan.FromMinutes(29));
        var renewed = await session.Get("/", follow: false);
        Factory.Time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        var idle = await session.Get("/", follow: false);

        Assert.That((stillIn.Status, renewed.Status, idle.Status), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Redirect)));
    }

    [Test]
    public async Task ShouldEndABusyCookieSessionTenHoursAfterSigningIn()
    {
        var session = await SignIn(HrEmail);
        var statuses = new List<HttpStatusCode>();

        for (var minutes = 20; minutes <= 10 * 60; minutes += 20)
        {
            Factory.Time.Advance(TimeSpan.FromMinutes(20));
            statuses.Add((await session.Get("/", follow: false)).Status);
        }

        Assert.That(statuses[..^1], Is.All.EqualTo(HttpStatusCode.OK), "used every 20 minutes for 9 hours 40 minutes");
        Assert.That(statuses[^1], Is.EqualTo(HttpStatusCode.Redirect), "after 10 hours");
    }

    [Test]
    public async Task ShouldRefuseACopiedCookieOnceTheSessionLoggedOutOnThePage()
    {
        var cookies = new CookieContainer();
        var session = new UiSession(Factory, cookies);
        await session.Submit(await session.Get("/login"), "main form", new() { ["Email"] = HrEmail, ["Password"] = TestWorld.Password });
        var copied = new CookieContainer();
        copied.Add(cookies.GetAllCookies());
        var copy = new UiSession(Factory, copied);
        Assert.That((await copy.Get("/", follow: false)).Status, Is.EqualTo(HttpStatusCode.OK), "the copy works while the session lasts");

        await session.Submit(await session.Get("/logout"), "main form");

        var page = await copy.Get("/", follow: false);
        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Location, Does.Contain("/login"));
        Assert.That((await copy.Client.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldKeepAnotherCookieSessionOfTheSameUserWhenOneLogsOut()
    {
        var leaving = await SignIn(HrEmail);
        var staying = await SignIn(HrEmail);

        await leaving.Submit(await leaving.Get("/logout"), "main form");

        Assert.That((await staying.Get("/", follow: false)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldEndTheCookieSessionThroughTheApiLogout()
    {
        var session = await SignIn(HrEmail);

        var logout = await session.Client.PostAsync("/api/auth/logout", null);

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await session.Get("/", follow: false)).Status, Is.EqualTo(HttpStatusCode.Redirect));
    }
}

/// <summary>Keeps every Set-Cookie header the server sent, before the cookie container takes them.</summary>
internal sealed class SetCookieRecorder : DelegatingHandler
{
    public List<string> Received { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            Received.AddRange(values);
        }

        return response;
    }
}

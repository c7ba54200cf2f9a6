using AbsenceCases.Application.Common.Security;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.TestIdentityProvider;
using AbsenceCases.Web.Endpoints;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.SingleSignOn;

/// <summary>
/// Sign-in through a real OpenID Connect provider on loopback: users are matched by e-mail, the group map gives
/// the roles, an unknown user gets an account without roles and the no-access page, and the Bootstrap:AdminEmail
/// user becomes Admin at the first sign-in. Local accounts are off, as they are by default beside a provider.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ProviderSignInTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string BootstrapAdmin = "it-chef@testrup.dk";

    private LoopbackIdentityProvider _provider = null!;

    private ProviderSignInFlow Flow => new(Factory);

    [OneTimeSetUp]
    public async Task StartProvider()
    {
        _provider = await LoopbackIdentityProvider.StartAsync();
        await _provider.RegisterWebApplicationAsync(ProviderSignInFlow.ClientId, ProviderSignInFlow.ClientSecret, ProviderSignInFlow.AppBase);
    }

    [OneTimeTearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    /// <summary>The state cookies expire by the application's clock, the browser's by the wall clock: they must agree.</summary>
    [SetUp]
    public void SetTheClockToTheWallClock() => Factory.Time.SetUtcNow(DateTimeOffset.UtcNow);

    protected override IReadOnlyDictionary<string, string> Settings() =>
        new Dictionary<string, string>(ProviderSignInFlow.Settings(_provider)) { ["Bootstrap:AdminEmail"] = BootstrapAdmin };

    [Test]
    public async Task ShouldGiveAnUnknownUserAnAccountWithoutRolesAndTheNoAccessPage()
    {
        _provider.AddUser("ny.medarbejder@testrup.dk", "sg-alle-ansatte");
        var flow = Flow;

        var landing = await flow.SignInAsync("ny.medarbejder@testrup.dk");

        Assert.That(landing, Is.EqualTo("/ingen-adgang-endnu"));
        var page = await flow.Browser.GetAsync(landing);
        Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Ingen adgang endnu — kontakt HR"));
        var me = await (await flow.Browser.GetAsync("/api/auth/me")).Read<AuthEndpoints.Me>();
        Assert.That((me.Email, me.Roles), Is.EqualTo(("ny.medarbejder@testrup.dk", Array.Empty<string>())));
        Assert.That((await flow.Browser.GetAsync("/api/admin/users")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ShouldMatchAnExistingUserByEmailAndGiveTheRoleOfTheGroup()
    {
        _provider.AddUser("leder.a@test.local", "sg-fravaer-ledere");
        var flow = Flow;

        var landing = await flow.SignInAsync("leder.a@test.local");

        Assert.That(landing, Is.EqualTo("/"));
        var me = await (await flow.Browser.GetAsync("/api/auth/me")).Read<AuthEndpoints.Me>();
        Assert.That((me.Id, me.Roles), Is.EqualTo((World.ManagerAId, new[] { Roles.Manager })));
        Assert.That((await flow.Browser.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await SignInRowsOf(World.ManagerAId), Is.EqualTo(new[] { ("SignIn", true) }));
    }

    [Test]
    public async Task ShouldWithdrawAMappedRoleWhenTheGroupIsGoneAndKeepRolesTheMapDoesNotName()
    {
        _provider.AddUser("skifter@testrup.dk", "sg-fravaer-hr");
        await Flow.SignInAsync("skifter@testrup.dk");
        await InUsers(async users => await users.AddToRoleAsync((await users.FindByEmailAsync("skifter@testrup.dk"))!, Roles.Coordinator));
        _provider.AddUser("skifter@testrup.dk", "sg-fravaer-ledere");

        await Flow.SignInAsync("skifter@testrup.dk");

        var roles = await InUsers(async users => await users.GetRolesAsync((await users.FindByEmailAsync("skifter@testrup.dk"))!));
        Assert.That(roles, Is.EquivalentTo(new[] { Roles.Manager, Roles.Coordinator }));
    }

    [Test]
    public async Task ShouldMakeTheBootstrapAdminEmailAdminAtTheFirstSignInOnly()
    {
        _provider.AddUser(BootstrapAdmin, "sg-it");
        _provider.AddUser("kollega@testrup.dk", "sg-it");

        var landing = await Flow.SignInAsync(BootstrapAdmin);
        await Flow.SignInAsync("kollega@testrup.dk");

        Assert.That(landing, Is.EqualTo("/"));
        Assert.That(await RolesOf(BootstrapAdmin), Is.EqualTo(new[] { Roles.Admin }));
        Assert.That(await RolesOf("kollega@testrup.dk"), Is.Empty);

        await InUsers(async users => await users.RemoveFromRoleAsync((await users.FindByEmailAsync(BootstrapAdmin))!, Roles.Admin));
        await Flow.SignInAsync(BootstrapAdmin);
        Assert.That(await RolesOf(BootstrapAdmin), Is.Empty, "an Admin who withdrew the role is not overruled at the next sign-in");
    }

    [Test]
    public async Task ShouldSendABlockedUserToTheNoAccessPageWithoutSigningIn()
    {
        _provider.AddUser("hr@test.local", "sg-fravaer-hr");
        await InUsers(async users => await users.SetLockoutEndDateAsync((await users.FindByEmailAsync("hr@test.local"))!, DateTimeOffset.MaxValue));
        var flow = Flow;

        var landing = await flow.SignInAsync("hr@test.local");

        Assert.That(landing, Is.EqualTo("/ingen-adgang-endnu"));
        Assert.That((await flow.Browser.GetAsync("/api/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var hr = await InUsers(async users => (await users.FindByEmailAsync("hr@test.local"))!.Id);
        Assert.That(await SignInRowsOf(hr), Is.EqualTo(new[] { ("SignInFailed", false) }));
    }

    private Task<List<(string Action, bool Allowed)>> SignInRowsOf(string userId) =>
        World.InDatabase(async db => (await db.AuditEntries
                .Where(e => e.UserId == userId && e.Action.StartsWith("SignIn"))
                .Select(e => new { e.Action, e.Allowed })
                .ToListAsync())
            .Select(e => (e.Action, e.Allowed))
            .ToList());

    [Test]
    public async Task ShouldSignOutAtTheProviderToo()
    {
        _provider.AddUser("leder.b@test.local", "sg-fravaer-ledere");
        var flow = Flow;
        await flow.SignInAsync("leder.b@test.local");
        var ended = _provider.EndedSessions;

        var logout = await flow.Browser.PostAsync("/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await AntiforgeryToken(flow.Browser, "/logout"),
        }));

        Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(logout.Headers.Location!.GetLeftPart(UriPartial.Path), Is.EqualTo(new Uri(_provider.Authority, "connect/endsession").ToString()));
        Assert.That(logout.Headers.Location.Query, Does.Contain("id_token_hint="));
        using var provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var back = await provider.GetAsync(logout.Headers.Location);
        Assert.That(_provider.EndedSessions, Is.EqualTo(ended + 1));
        Assert.That(back.Headers.Location!.GetLeftPart(UriPartial.Path), Is.EqualTo(new Uri(ProviderSignInFlow.AppBase, "signout-callback-oidc").ToString()));
        Assert.That((await flow.Browser.GetAsync("/api/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ShouldRefuseLocalSignInAndHideThePasswordFormWhenOnlyTheProviderIsOn()
    {
        var client = World.Anonymous();

        var login = await client.PostJson("/api/auth/login", new { email = "hr@test.local", password = TestWorld.Password });
        var page = await (await client.GetAsync("/login")).Content.ReadAsStringAsync();

        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page, Does.Contain("Log ind med kommunens login").And.Not.Contain("type=\"password\""));
    }

    private async Task<IList<string>> RolesOf(string email) =>
        await InUsers(async users => await users.GetRolesAsync((await users.FindByEmailAsync(email))!));

    private async Task<T> InUsers<T>(Func<UserManager<ApplicationUser>, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>());
    }

    private static async Task<string> AntiforgeryToken(HttpClient client, string path)
    {
        var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}

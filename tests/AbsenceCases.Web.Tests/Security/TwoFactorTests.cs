using System.Text.Json;
using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Tests.Ui;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using OtpNet;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// Two-factor sign-in of local accounts, required here of HR and Admin as outside Development. The codes are
/// computed as an authenticator app does, from the key the enrolment page shows, on the real clock: Identity's
/// authenticator checks codes against the real clock, not the host's fake one.
/// </summary>
public sealed partial class TwoFactorTests : UiTest
{
    private const string AdminEmail = "admin@test.local";
    private const string WrongCredentials = "Wrong e-mail or password.";

    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Auth:RequireTwoFactorForRoles:0"] = "HR",
        ["Auth:RequireTwoFactorForRoles:1"] = "Admin",
    };

    [Test]
    public async Task ShouldKeepAnHrUserWithoutAuthenticatorOnTheEnrolmentPageAndGiveNoApiToken()
    {
        var session = await SignIn(HrEmail);

        var import = await session.Get("/import");
        var api = await session.Client.GetAsync("/api/units");
        var token = await Login(HrEmail);
        var adminToken = await Login(AdminEmail);

        Assert.That(import.Url, Is.EqualTo("/totrinsbekraeftelse"), "nothing else until enrolled");
        Assert.That(import.Text, Does.Contain("Din rolle kræver totrinsbekræftelse"));
        await api.Problem(HttpStatusCode.Forbidden);
        foreach (var refused in new[] { token, adminToken })
        {
            Assert.That((await refused.Problem(HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), Does.Contain("/totrinsbekraeftelse"));
        }
    }

    [Test]
    public async Task ShouldLetAnHrUserInAfterEnrollingWithACodeFromTheShownKey()
    {
        var session = await SignIn(HrEmail);
        var enrolment = await session.Get("/totrinsbekraeftelse");
        var key = KeyOn(enrolment);

        var enrolled = await session.Submit(enrolment, "main form", new() { ["Code"] = CodeAt(key, DateTime.UtcNow) });
        var import = await session.Get("/import");
        var units = await (await Api(HrEmail, CodeAt(key, DateTime.UtcNow))).GetAsync("/api/units");

        Assert.That(enrolment.Document.QuerySelector("img.qr-code")!.GetAttribute("src"), Does.StartWith("data:image/png;base64,iVBOR"));
        Assert.That(enrolment.Document.QuerySelector("img.qr-code")!.GetAttribute("alt"), Is.Not.Empty);
        Assert.That(enrolled.Text, Does.Contain("Totrinsbekræftelse er slået til"));
        Assert.That(RecoveryCodesOn(enrolled), Has.Count.EqualTo(10).And.All.Match("^[A-Z0-9]{5}-[A-Z0-9]{5}$"));
        Assert.That((import.Url, import.Status), Is.EqualTo(("/import", HttpStatusCode.OK)), "the session goes on");
        Assert.That(units.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(RecoveryCodesOn(await session.Get("/totrinsbekraeftelse")), Is.Empty, "shown once");
    }

    [Test]
    public async Task ShouldAskForTheCodeAfterThePasswordOnTheLoginPage()
    {
        var key = (await Enrol(HrEmail)).Key;
        var session = Anonymous();

        var codeStep = await session.Submit(await session.Get("/politik"), "main form", new() { ["Email"] = HrEmail, ["Password"] = TestWorld.Password });
        var beforeCode = await session.Get("/", follow: false);
        var wrong = await session.Submit(codeStep, "main form", new() { ["Code"] = WrongCodeFor(key) });
        var empty = await session.Submit(codeStep, "main form", new() { ["Code"] = "" });
        var landed = await session.Submit(codeStep, "main form", new() { ["Code"] = CodeAt(key, DateTime.UtcNow) });

        Assert.That(codeStep.Url, Does.StartWith("/login/kode"));
        Assert.That(codeStep.LabelOf("Code"), Is.EqualTo("Kode"));
        Assert.That(beforeCode.Location, Does.Contain("/login?ReturnUrl="), "the password alone signs no one in");
        Assert.That(wrong.FieldError("Code"), Does.EndWith("Koden er forkert eller for gammel."));
        Assert.That(empty.FieldError("Code"), Does.EndWith("Skriv koden."));
        Assert.That((landed.Url, landed.Status), Is.EqualTo(("/politik", HttpStatusCode.OK)));
    }

    [Test]
    public async Task ShouldSendTheCodeStepWithoutAPasswordBackToTheLogin()
    {
        var page = await Anonymous().Get("/login/kode");

        Assert.That(page.Url, Does.StartWith("/login"));
        Assert.That(page.Document.GetElementById("Password"), Is.Not.Null);
    }

    [Test]
    public async Task ShouldAnswerAMissingOrWrongCodeLikeAWrongPassword()
    {
        var key = (await Enrol(HrEmail)).Key;

        var missing = await Login(HrEmail);
        var wrong = await Login(HrEmail, WrongCodeFor(key));

        foreach (var refused in new[] { missing, wrong })
        {
            Assert.That((await refused.Problem(HttpStatusCode.Unauthorized)).GetProperty("detail").GetString(), Is.EqualTo(WrongCredentials));
        }
    }

    [Test]
    public async Task ShouldCountWrongCodesTowardsTheLockOut()
    {
        var key = (await Enrol(HrEmail)).Key;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Login(HrEmail, WrongCodeFor(key));
        }

        var right = await Login(HrEmail, CodeAt(key, DateTime.UtcNow));

        await right.Problem(HttpStatusCode.Unauthorized);
        Assert.That(await World.InDatabase(db => db.Users.Where(u => u.Email == HrEmail).Select(u => u.LockoutEnd).SingleAsync()), Is.Not.Null);
    }

    /// <summary>Identity accepts the codes of two 30-second steps before and after now, for phones whose clocks drift.</summary>
    [TestCase(-1, HttpStatusCode.OK)]
    [TestCase(1, HttpStatusCode.OK)]
    [TestCase(-4, HttpStatusCode.Unauthorized)]
    [TestCase(4, HttpStatusCode.Unauthorized)]
    public async Task ShouldAcceptTheCodeOfANeighbouringStepAndRefuseAFarOne(int steps, HttpStatusCode expected)
    {
        var key = (await Enrol(HrEmail)).Key;

        var response = await Login(HrEmail, CodeAt(key, DateTime.UtcNow.AddSeconds(30 * steps)));

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [Test]
    public async Task ShouldAcceptARecoveryCodeOnceOnTheApiAndTheLoginPage()
    {
        var recoveryCodes = (await Enrol(HrEmail)).RecoveryCodes;

        var first = await Login(HrEmail, recoveryCodes[0].ToLowerInvariant());
        var again = await Login(HrEmail, recoveryCodes[0]);
        var session = Anonymous();
        var codeStep = await session.Submit(await session.Get("/login"), "main form", new() { ["Email"] = HrEmail, ["Password"] = TestWorld.Password });
        var landed = await session.Submit(codeStep, "main form", new() { ["Code"] = recoveryCodes[1] });

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), await first.Content.ReadAsStringAsync());
        await again.Problem(HttpStatusCode.Unauthorized);
        Assert.That(landed.Url, Is.EqualTo("/"));
    }

    [Test]
    public async Task ShouldNotRequireTwoFactorOfAManager()
    {
        var session = await SignIn(ManagerAEmail);

        var cases = await session.Get("/");
        var token = await Login(ManagerAEmail);

        Assert.That(cases.Url, Is.EqualTo("/"));
        Assert.That(token.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldLetAManagerEnrolAndThenAskForTheCode()
    {
        var key = (await Enrol(ManagerAEmail)).Key;

        var missing = await Login(ManagerAEmail);
        var right = await Login(ManagerAEmail, CodeAt(key, DateTime.UtcNow));

        await missing.Problem(HttpStatusCode.Unauthorized);
        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldAuditTheEnrolmentAWrongCodeARecoveryCodeAndAMissingEnrolment()
    {
        await Login(AdminEmail);
        var (key, recoveryCodes) = await Enrol(HrEmail);
        await Login(HrEmail, WrongCodeFor(key));
        await Login(HrEmail, recoveryCodes[0]);

        var rows = await World.InDatabase(db => db.AuditEntries.OrderBy(e => e.Id)
            .Where(e => e.Action.StartsWith("TwoFactor") || e.Action == "RecoveryCodeUsed")
            .Select(e => new { e.Action, e.UserName, e.Allowed }).ToListAsync());
        Assert.That(rows.Select(r => (r.Action, r.UserName, r.Allowed)), Is.EqualTo(new[]
        {
            ("TwoFactorEnrolmentMissing", "Admin", false),
            ("TwoFactorEnabled", "HR", true),
            ("TwoFactorFailed", "HR", false),
            ("RecoveryCodeUsed", "HR", true),
        }));
    }

    [TestCase("Production", null, new[] { "HR", "Admin" })]
    [TestCase("Staging", null, new[] { "HR", "Admin" })]
    [TestCase("Development", null, new string[0])]
    [TestCase("Testing", null, new[] { "HR", "Admin" })]
    [TestCase("Production", new string[0], new string[0])]
    [TestCase("Development", new[] { "Manager" }, new[] { "Manager" })]
    public void ShouldRequireTwoFactorOfHrAndAdminOutsideDevelopmentUnlessConfigured(string environment, string[]? configured, string[] expected)
    {
        var values = configured switch
        {
            null => [],
            [] => new Dictionary<string, string?> { ["Auth:RequireTwoFactorForRoles"] = string.Empty },
            _ => configured.Select((role, index) => KeyValuePair.Create($"Auth:RequireTwoFactorForRoles:{index}", (string?)role)).ToDictionary(),
        };

        var settings = TwoFactorSettings.From(
            new ConfigurationBuilder().AddInMemoryCollection(values).Build(), new HostingEnvironment { EnvironmentName = environment });

        Assert.That(settings.RequiredForRoles, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldRefuseAnUnknownRoleInTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Auth:RequireTwoFactorForRoles:0"] = "Boss" }).Build();

        Assert.That(() => TwoFactorSettings.From(configuration, new HostingEnvironment { EnvironmentName = Environments.Production }),
            Throws.InvalidOperationException.With.Message.Contains("Boss"));
    }

    private Task<HttpResponseMessage> Login(string email, string? twoFactorCode = null) =>
        World.Anonymous().PostJson("/api/auth/login", new { email, password = TestWorld.Password, twoFactorCode });

    /// <summary>A client of the API with the token of a sign-in with a code.</summary>
    private async Task<HttpClient> Api(string email, string twoFactorCode)
    {
        var token = await (await Login(email, twoFactorCode)).Read<JsonElement>();
        return World.Anonymous().WithBearer(token.GetProperty("accessToken").GetString()!);
    }

    /// <summary>Signs in on the pages and enrols an authenticator; answers the key shown and the recovery codes.</summary>
    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> Enrol(string email)
    {
        var (_, key, codes) = await EnrolledSession(email);
        return (key, codes);
    }

    /// <summary>Signs in on the pages and enrols an authenticator; answers the session, which goes on, the key and the recovery codes.</summary>
    private async Task<(UiSession Session, string Key, IReadOnlyList<string> RecoveryCodes)> EnrolledSession(string email)
    {
        var session = await SignIn(email);
        var enrolment = await session.Get("/totrinsbekraeftelse");
        var key = KeyOn(enrolment);
        var enrolled = await session.Submit(enrolment, "main form", new() { ["Code"] = CodeAt(key, DateTime.UtcNow) });
        var codes = RecoveryCodesOn(enrolled);
        Assert.That(codes, Is.Not.Empty, enrolled.Text);
        return (session, key, codes);
    }

    private static string KeyOn(UiPage page) =>
        page.Document.QuerySelector(".authenticator-key")?.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal)
        ?? throw new AssertionException($"No key on {page.Url}: {page.Text}");

    private static List<string> RecoveryCodesOn(UiPage page) =>
        page.Document.QuerySelectorAll(".recovery-codes code").Select(code => code.TextContent).ToList();

    private static string CodeAt(string key, DateTime utc) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(utc);

    /// <summary>A six-digit code that no step near now has.</summary>
    private static string WrongCodeFor(string key)
    {
        var window = Enumerable.Range(-3, 7).Select(step => CodeAt(key, DateTime.UtcNow.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(code => !window.Contains(code));
    }
}

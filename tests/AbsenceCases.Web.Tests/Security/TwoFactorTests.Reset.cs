using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>An Admin resets a user's two-factor, e.g. after a lost phone: the user's sessions end and enrolment is due again.</summary>
public sealed partial class TwoFactorTests
{
    [Test]
    public async Task ShouldEndTheSessionsOfAUserWhoseTwoFactorTheAdminResetsAndAskForEnrolmentAgain()
    {
        var (hrSession, hrKey, _) = await EnrolledSession(HrEmail);
        var hrApi = await Api(HrEmail, CodeAt(hrKey, DateTime.UtcNow));
        var admin = await AdminApi();
        var hrId = await UserId(HrEmail);

        var reset = await admin.PostAsync($"/api/admin/users/{hrId}/two-factor/reset", null);

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await reset.Content.ReadAsStringAsync());
        Assert.That((await hrSession.Get("/import", follow: false)).Location, Does.Contain("/login?ReturnUrl="), "the cookie is refused at once");
        Assert.That((await hrApi.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "so is the token");
        var account = await World.InDatabase(db => db.Users.Where(u => u.Id == hrId)
            .Select(u => new { u.TwoFactorEnabled, Secrets = db.UserTokens.Count(t => t.UserId == u.Id) }).SingleAsync());
        Assert.That((account.TwoFactorEnabled, account.Secrets), Is.EqualTo((false, 0)), "no key and no recovery codes left");
        var withOldCode = await Login(HrEmail, CodeAt(hrKey, DateTime.UtcNow));
        Assert.That((await withOldCode.Problem(HttpStatusCode.Forbidden)).GetProperty("detail").GetString(), Does.Contain("/totrinsbekraeftelse"));
        var enrolment = await (await SignIn(HrEmail)).Get("/import");
        Assert.That(enrolment.Url, Is.EqualTo("/totrinsbekraeftelse"));
        Assert.That(enrolment.Text, Does.Contain("Din rolle kræver totrinsbekræftelse"));
        Assert.That(KeyOn(enrolment), Is.Not.EqualTo(hrKey));
    }

    [Test]
    public async Task ShouldAuditTheResetAsAChangeOfTheUsersAccessInTheRequestsTransaction()
    {
        await Enrol(HrEmail);
        var admin = await AdminApi();
        var hrId = await UserId(HrEmail);

        await admin.PostAsync($"/api/admin/users/{hrId}/two-factor/reset", null);

        var rows = await World.InDatabase(db => db.AuditEntries.Where(a => a.Action == "ResetTwoFactor" || a.Action == "TwoFactorReset")
            .Select(a => new { a.Action, a.UserName, a.TargetUserId, a.Detail, a.RequestId, a.Allowed }).ToListAsync());
        Assert.That(rows.Select(r => (r.Action, r.UserName, r.TargetUserId, r.Detail, r.Allowed)), Is.EquivalentTo(new[]
        {
            ("ResetTwoFactor", "Admin", (string?)null, (string?)null, true),
            ("TwoFactorReset", "Admin", hrId, HrEmail, true),
        }));
        Assert.That(rows.Select(r => r.RequestId).Distinct().Count(), Is.EqualTo(1), "one request, one transaction");
    }

    [Test]
    public async Task ShouldRefuseTheResetToAManagerAndNotFindAnUnknownUser()
    {
        var hrKey = (await Enrol(HrEmail)).Key;
        var manager = await World.ManagerA();
        var admin = await AdminApi();

        var refused = await manager.PostAsync($"/api/admin/users/{await UserId(HrEmail)}/two-factor/reset", null);
        var unknown = await admin.PostAsync("/api/admin/users/no-such-user/two-factor/reset", null);

        await refused.Problem(HttpStatusCode.Forbidden);
        await unknown.Problem(HttpStatusCode.NotFound);
        Assert.That((await Login(HrEmail, CodeAt(hrKey, DateTime.UtcNow))).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the HR user's app still works");
    }

    [Test]
    public async Task ShouldResetTwoFactorWithTheButtonOnTheUserPage()
    {
        await Enrol(HrEmail);
        var (admin, _, _) = await EnrolledSession(AdminEmail);
        var hrId = await UserId(HrEmail);
        var withoutTwoFactor = await admin.Get($"/admin/bruger/{World.ManagerBId}");
        var page = await admin.Get($"/admin/bruger/{hrId}");

        var after = await admin.Submit(page, "#reset-two-factor");

        Assert.That(withoutTwoFactor.Document.QuerySelector("#reset-two-factor"), Is.Null, "nothing to reset");
        Assert.That(page.Document.QuerySelector("#reset-two-factor button")?.TextContent, Is.EqualTo("Nulstil totrinsbekræftelse"));
        Assert.That((after.Url, after.Flash), Is.EqualTo(($"/admin/bruger/{hrId}", "Totrinsbekræftelsen er nulstillet, og brugeren er logget ud.")));
        Assert.That(after.Document.QuerySelector("#reset-two-factor"), Is.Null);
        Assert.That(await World.InDatabase(db => db.Users.Where(u => u.Id == hrId).Select(u => u.TwoFactorEnabled).SingleAsync()), Is.False);
    }

    /// <summary>The Admin's API, after enrolling an authenticator as their role requires.</summary>
    private async Task<HttpClient> AdminApi() => await Api(AdminEmail, CodeAt((await Enrol(AdminEmail)).Key, DateTime.UtcNow));

    private Task<string> UserId(string email) => World.InDatabase(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}

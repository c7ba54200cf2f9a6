using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>A user with two-factor on moves it to a new authenticator app; the old one works until the new one is confirmed.</summary>
public sealed partial class TwoFactorTests
{
    [Test]
    public async Task ShouldKeepTheOldAppUntilTheNewOneIsConfirmedAndThenTakeOnlyTheNew()
    {
        var (session, oldKey, oldRecoveryCodes) = await EnrolledSession(HrEmail);
        var enabled = await session.Get("/totrinsbekraeftelse");

        var started = await session.Submit(enabled, "main form");
        var newKey = KeyOn(started);
        var oldBefore = await Login(HrEmail, CodeAt(oldKey, DateTime.UtcNow));
        var newBefore = await Login(HrEmail, CodeAt(newKey, DateTime.UtcNow));
        var wrong = await session.Submit(started, "main form", new() { ["Code"] = WrongCodeFor(newKey) });
        var oldAfterWrong = await Login(HrEmail, CodeAt(oldKey, DateTime.UtcNow));
        var replaced = await session.Submit(wrong, "main form", new() { ["Code"] = CodeAt(newKey, DateTime.UtcNow) });
        var oldAfter = await Login(HrEmail, CodeAt(oldKey, DateTime.UtcNow));
        var oldRecoveryCode = await Login(HrEmail, oldRecoveryCodes[0]);
        var newAfter = await Login(HrEmail, CodeAt(newKey, DateTime.UtcNow));

        Assert.That(enabled.Document.QuerySelector("main form button")?.TextContent, Is.EqualTo("Sæt en ny app op"));
        Assert.That(newKey, Is.Not.EqualTo(oldKey));
        Assert.That(started.Text, Does.Contain("Ny godkender-app"));
        Assert.That(started.Document.QuerySelector("img.qr-code")!.GetAttribute("src"), Does.StartWith("data:image/png;base64,"));
        Assert.That(oldBefore.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the old app works until the new one is confirmed");
        await newBefore.Problem(HttpStatusCode.Unauthorized);
        Assert.That(wrong.FieldError("Code"), Does.EndWith("Koden passer ikke. Tjek, at telefonens ur går rigtigt, og skriv den nyeste kode."));
        Assert.That(KeyOn(wrong), Is.EqualTo(newKey), "the same new key, shown again");
        Assert.That(oldAfterWrong.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a wrong code replaces nothing");
        Assert.That(replaced.Flash, Is.EqualTo("Den nye godkender-app er sat op. Den gamle app og de gamle gendannelseskoder virker ikke længere."));
        Assert.That(RecoveryCodesOn(replaced), Has.Count.EqualTo(10));
        Assert.That(RecoveryCodesOn(replaced).Intersect(oldRecoveryCodes), Is.Empty);
        await oldAfter.Problem(HttpStatusCode.Unauthorized);
        await oldRecoveryCode.Problem(HttpStatusCode.Unauthorized);
        Assert.That(newAfter.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldKeepTheSessionThatReplacedTheAppAndEndTheOthers()
    {
        var (session, oldKey, _) = await EnrolledSession(HrEmail);
        var otherSession = await Api(HrEmail, CodeAt(oldKey, DateTime.UtcNow));
        var started = await session.Submit(await session.Get("/totrinsbekraeftelse"), "main form");

        await session.Submit(started, "main form", new() { ["Code"] = CodeAt(KeyOn(started), DateTime.UtcNow) });

        var import = await session.Get("/import");
        Assert.That((import.Url, import.Status), Is.EqualTo(("/import", HttpStatusCode.OK)));
        Assert.That((await otherSession.GetAsync("/api/units")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        var audited = await World.InDatabase(db => db.AuditEntries.Where(a => a.Action == "TwoFactorAppReplaced").Select(a => a.UserName).ToListAsync());
        Assert.That(audited, Is.EqualTo(new[] { "HR" }));
    }
}

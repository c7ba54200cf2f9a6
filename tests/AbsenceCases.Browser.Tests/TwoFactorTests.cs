namespace AbsenceCases.Browser.Tests;

/// <summary>A local user sets up an authenticator app on the enrolment page and signs in with its code.</summary>
public sealed class TwoFactorTests : BrowserTest
{
    [Test]
    public async Task ShouldEnrolAnAuthenticatorAndSignInWithItsCode()
    {
        const string email = "totrin.leder@testrup.dk";
        await AuthenticatorApp.CreateManagerAsync(email);
        await LogIn(email, AuthenticatorApp.Password);

        await Page.GotoAsync("/totrinsbekraeftelse");
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "QR-kode med nøglen til godkender-appen" })).ToBeVisibleAsync();
        var key = await AuthenticatorApp.EnrolAsync(Page);
        await Expect(Page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await Screenshot("gendannelseskoder");

        await Page.Context.ClearCookiesAsync();
        await AuthenticatorApp.EnterPasswordAsync(Page, email);
        await Page.GetByLabel("Kode", new() { Exact = true }).FillAsync(AuthenticatorApp.CodeOf(key));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mine sager", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" })).ToBeVisibleAsync();
    }
}

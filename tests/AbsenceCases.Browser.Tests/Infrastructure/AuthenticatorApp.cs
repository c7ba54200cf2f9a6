using AbsenceCases.Application.Common.Security;
using AbsenceCases.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace AbsenceCases.Browser.Tests.Infrastructure;

/// <summary>
/// What a user's phone does in two-factor sign-in: takes the key the enrolment page shows and computes the code of
/// the moment, on the real clock as the application checks it.
/// </summary>
public static class AuthenticatorApp
{
    public const string Password = "en lang adgangskode til testen";

    /// <summary>A new local account of its own, so that its two-factor touches no other test's demo account.</summary>
    public static Task CreateManagerAsync(string email) => BrowserApp.App.InScope(async services =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email };
        Assert.That((await users.CreateAsync(user, Password)).Succeeded, Is.True);
        return await users.AddToRoleAsync(user, Roles.Manager);
    });

    /// <summary>On the enrolment page: reads the key, confirms with its code, and answers the key.</summary>
    public static async Task<string> EnrolAsync(IPage page)
    {
        var key = (await page.Locator(".authenticator-key").InnerTextAsync()).Replace(" ", string.Empty, StringComparison.Ordinal);
        await page.GetByLabel("Kode fra appen").FillAsync(CodeOf(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå totrinsbekræftelse til" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dine gendannelseskoder" })).ToBeVisibleAsync();
        return key;
    }

    /// <summary>The first step of signing in, which leads a user with two-factor on to the code.</summary>
    public static async Task EnterPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Adgangskode").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Kode fra godkender-appen" })).ToBeVisibleAsync();
    }

    public static string CodeOf(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow);
}

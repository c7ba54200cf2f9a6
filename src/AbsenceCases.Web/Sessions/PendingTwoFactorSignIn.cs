using Microsoft.AspNetCore.Authentication;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// Between the password and the code on the pages: who gave the right password, kept in Identity's short-lived
/// two-factor cookie (5 minutes), which signs no one in.
/// </summary>
public static class PendingTwoFactorSignIn
{
    private static readonly string Scheme = IdentityConstants.TwoFactorUserIdScheme;

    public static Task StartAsync(HttpContext context, string userId) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], Scheme)));

    public static async Task<string?> UserIdAsync(HttpContext context) =>
        (await context.AuthenticateAsync(Scheme)).Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public static Task EndAsync(HttpContext context) => context.SignOutAsync(Scheme);
}

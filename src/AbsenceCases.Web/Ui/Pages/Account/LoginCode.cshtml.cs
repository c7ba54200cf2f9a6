using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Sessions.RateLimits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>The second step of signing in with a local account that has two-factor: the authenticator's code or a recovery code.</summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimits.PerAddressPolicy)]
public sealed class LoginCodeModel(
    UserManager<ApplicationUser> users, TwoFactorCheck twoFactor, CookieSessions sessions, IdentityAudit audit, UiTexts texts)
    : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await PendingUserAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await PendingUserAsync() is not { } user)
        {
            return RedirectToPage("Login", new { ReturnUrl });
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), texts.TwoFactor.CodeRequired);
            return Page();
        }

        if (!await twoFactor.VerifyAsync(user, Code, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(Code), texts.TwoFactor.WrongCode);
            return Page();
        }

        await PendingTwoFactorSignIn.EndAsync(HttpContext);
        audit.Record(IdentityAudit.SignIn, user, allowed: true);
        await sessions.SignInAsync(user, new AuthenticationProperties(), authenticationMethod: null, [], HttpContext.RequestAborted);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    private async Task<ApplicationUser?> PendingUserAsync() =>
        await PendingTwoFactorSignIn.UserIdAsync(HttpContext) is { } id ? await users.FindByIdAsync(id) : null;
}

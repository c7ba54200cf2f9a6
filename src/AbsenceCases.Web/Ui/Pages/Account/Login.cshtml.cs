using AbsenceCases.Web.Infrastructure;
using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Sessions.RateLimits;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>Signs in with the Identity cookie; the API's bearer tokens come from /api/auth/login instead.</summary>
[EnableRateLimiting(SignInRateLimits.PerAddressPolicy)]
public sealed class LoginModel(PasswordCheck passwords, TwoFactorCheck twoFactor, CookieSessions sessions, IdentityAudit audit, UiTexts texts)
    : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email))
        {
            ModelState.AddModelError(nameof(Email), texts.Login.EmailRequired);
        }

        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), texts.Login.PasswordRequired);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        ApplicationUser? user;
        try
        {
            user = await passwords.CheckAsync(Email!, Password!, HttpContext.RequestAborted);
        }
        catch (TooManySignInAttemptsException tooMany)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = tooMany.RetryAfterHeader;
            ModelState.AddModelError(string.Empty, texts.Login.TooManyAttempts(tooMany.RetryAfterMinutes));
            return Page();
        }

        if (user is not null)
        {
            if (user.TwoFactorEnabled)
            {
                await PendingTwoFactorSignIn.StartAsync(HttpContext, user.Id);
                return RedirectToPage("LoginCode", new { ReturnUrl });
            }

            audit.Record(IdentityAudit.SignIn, user, allowed: true);
            Claim[] marks = await twoFactor.MustEnrolAsync(user) ? [TwoFactorEnrolmentGate.PendingClaim] : [];
            await sessions.SignInAsync(user, new AuthenticationProperties(), authenticationMethod: null, marks, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, texts.Login.WrongCredentials);
        return Page();
    }
}

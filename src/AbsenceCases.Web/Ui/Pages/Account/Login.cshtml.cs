using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Web.Sessions;
using AbsenceCases.Web.Ui.Localisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>Signs in with the Identity cookie; the API's bearer tokens come from /api/auth/login instead.</summary>
public sealed class LoginModel(PasswordCheck passwords, CookieSessions sessions, IdentityAudit audit, UiTexts texts)
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

        if (await passwords.CheckAsync(Email!, Password!, HttpContext.RequestAborted) is { } user)
        {
            audit.Record(IdentityAudit.SignIn, user, allowed: true);
            await sessions.SignInAsync(user, new AuthenticationProperties(), authenticationMethod: null, HttpContext.RequestAborted);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        ModelState.AddModelError(string.Empty, texts.Login.WrongCredentials);
        return Page();
    }
}

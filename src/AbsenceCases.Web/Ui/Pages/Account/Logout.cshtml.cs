using AbsenceCases.Web.Infrastructure.SingleSignOn;
using AbsenceCases.Web.Sessions;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>Logging out is a POST (with the antiforgery token); a GET only asks.</summary>
public sealed class LogoutModel(SessionTokens sessions, UiTexts texts) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var next = await SingleSignOnServices.SignOutResultAsync(HttpContext, UiServices.LoginPath);
        await sessions.EndAsync(User, HttpContext.RequestAborted);
        TempData[UiFlash.Key] = texts.Login.LoggedOut;
        return next;
    }
}

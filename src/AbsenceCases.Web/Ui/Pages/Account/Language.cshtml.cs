namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>The language switch: remembers the choice in the culture cookie for a year and goes back where it came from.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        Response.Cookies.Append(
            UiCulture.CookieName,
            UiCulture.CookieValue(UiCulture.FromLanguage(language)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}

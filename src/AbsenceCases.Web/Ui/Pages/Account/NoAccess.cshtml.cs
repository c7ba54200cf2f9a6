using Microsoft.AspNetCore.Authorization;

namespace AbsenceCases.Web.Ui.Pages.Account;

/// <summary>Where the provider's user lands who has no role here yet, or whom this installation refuses.</summary>
[AllowAnonymous]
public sealed class NoAccessModel : PageModel
{
    public void OnGet()
    {
    }
}

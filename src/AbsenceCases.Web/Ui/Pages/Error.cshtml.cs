namespace AbsenceCases.Web.Ui.Pages;

/// <summary>
/// The status pages of the UI (re-executed for 4xx and 5xx outside /api, so a refused POST lands here too)
/// and the access-denied page the cookie redirects to.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code)
    {
        Code = code is >= 400 and < 600 ? code.Value
            : Request.Path.StartsWithSegments(UiServices.AccessDeniedPath) ? StatusCodes.Status403Forbidden
            : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
    }

    public void OnPost(int? code) => OnGet(code);
}

namespace AbsenceCases.Web.Ui.Pages.Policy;

/// <summary>The municipality's deadline policy as configured (Policy:*), read-only.</summary>
public sealed class IndexModel(DeadlinePolicy policy) : PageModel
{
    public PolicySettings Settings => policy.Settings;

    public void OnGet()
    {
    }
}

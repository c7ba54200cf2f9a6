using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Web.Ui.Navigation;

namespace AbsenceCases.Web.Ui.Pages;

/// <summary>"Mine sager": the cases within the user's scope, newest first, with status, days absent and the next deadline.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public CaseStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public int PageNumber { get; set; } = 1;

    public CaseList Cases { get; private set; } = new([], 0);

    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();

    public int PageCount => Math.Max(1, (Cases.Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // The landing page after signing in: a user who may not read cases (the admin) goes to their first page instead.
        if (!RequestPermissions.Allows(typeof(ListCases), User.IsInRole))
        {
            return RedirectToPage(UiNavigation.For(User).First().Page);
        }

        // A hand-made address with a page or status that does not exist shows the first page of everything.
        PageNumber = Math.Max(1, PageNumber);
        if (Status is { } status && !Enum.IsDefined(status))
        {
            Status = null;
        }

        Cases = await mediator.Send(new ListCases(Status, null, Overdue: null, PageNumber, PageSize), cancellationToken);
        UnitNames = await mediator.UnitNamesAsync(cancellationToken);
        return Page();
    }
}

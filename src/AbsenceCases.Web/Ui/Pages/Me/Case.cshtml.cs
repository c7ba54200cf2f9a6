using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.SelfService;

namespace AbsenceCases.Web.Ui.Pages.Me;

/// <summary>One of the employee's own cases; any other case is not found.</summary>
[Sends(typeof(ListMyCases))]
public sealed class CaseModel(IMediator mediator) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var mine = await mediator.Send(new ListMyCases(), cancellationToken);
        if (mine.Items.SingleOrDefault(c => c.Id == id) is not { } found)
        {
            return NotFound();
        }

        Case = found;
        return Page();
    }
}

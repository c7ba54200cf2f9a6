using AbsenceCases.Application.Cases.Queries;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>The prevention-plan editor: the plan's measures, each planned one with links to change, complete or drop it, and a link to add one.</summary>
public sealed class PlanModel(IMediator mediator) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Case = await mediator.Send(new GetCase(id), cancellationToken);
}

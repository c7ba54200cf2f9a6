using AbsenceCases.Application.Cases.Queries;

namespace AbsenceCases.Web.Ui.Pages.Cases;

/// <summary>
/// One case: facts, a button per permitted action, deadlines, absence, conversations, plan and history; also the
/// prevention-plan editor's page and the case's print views.
/// </summary>
[Sends(typeof(GetCase))]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        Case = await mediator.Send(new GetCase(id), cancellationToken);
}

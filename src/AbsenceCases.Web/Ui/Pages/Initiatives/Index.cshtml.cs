using AbsenceCases.Application.Prevention;

namespace AbsenceCases.Web.Ui.Pages.Initiatives;

/// <summary>"Forebyggelse": HR's list of the workplaces' prevention initiatives, to create, change and delete them.</summary>
[Sends(typeof(ListInitiatives))]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<InitiativeDto> Initiatives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Initiatives = await mediator.Send(new ListInitiatives(null), cancellationToken);
}

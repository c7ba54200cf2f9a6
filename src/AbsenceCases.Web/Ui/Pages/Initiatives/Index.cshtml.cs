using AbsenceCases.Application.Prevention;
using AbsenceCases.Web.Ui.Navigation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AbsenceCases.Web.Ui.Pages.Initiatives;

/// <summary>"Forebyggelse": the workplaces' prevention initiatives within the user's scope; HR creates, changes and deletes them.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<InitiativeDto> Initiatives { get; private set; } = [];

    public bool MayManage => UiNavigation.IsHrOrAdmin(User);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Initiatives = await mediator.Send(new ListInitiatives(null), cancellationToken);
}

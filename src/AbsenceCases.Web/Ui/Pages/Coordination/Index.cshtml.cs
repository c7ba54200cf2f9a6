using System.Security.Claims;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Web.Ui.Navigation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AbsenceCases.Web.Ui.Pages.Coordination;

/// <summary>"Koordinering": the coordination groups the user may see, with a link to the board of each group they belong to.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CoordinationGroupDto> Groups { get; private set; } = [];

    /// <summary>HR and Admin set up the groups.</summary>
    public bool MayManage => UiNavigation.IsHrOrAdmin(User);

    /// <summary>The board is for the group's members, HR and Admin (the board request says so).</summary>
    public bool MaySeeBoard(CoordinationGroupDto group) =>
        MayManage || group.Members.Any(m => m.UserId is not null && m.UserId == User.FindFirstValue(ClaimTypes.NameIdentifier));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Groups = await mediator.Send(new ListCoordinationGroups(), cancellationToken);
}

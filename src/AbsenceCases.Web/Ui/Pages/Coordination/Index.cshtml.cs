using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Coordination;

namespace AbsenceCases.Web.Ui.Pages.Coordination;

/// <summary>"Koordinering": the coordination groups the user may see, with a link to the board of each group they belong to.</summary>
[Sends(typeof(ListCoordinationGroups))]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<CoordinationGroupDto> Groups { get; private set; } = [];

    public bool MayManage => RequestPermissions.Allows(typeof(CreateCoordinationGroup), User.IsInRole);

    /// <summary>The board is for the group's members and those who set up the groups (HR).</summary>
    public bool MaySeeBoard(CoordinationGroupDto group) =>
        MayManage || group.Members.Any(m => m.UserId is not null && m.UserId == User.FindFirstValue(ClaimTypes.NameIdentifier));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Groups = await mediator.Send(new ListCoordinationGroups(), cancellationToken);
}

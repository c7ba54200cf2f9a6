using AbsenceCases.Application.Administration;

namespace AbsenceCases.Web.Ui.Pages.Admin;

/// <summary>The users with their roles, the units they manage and whether they are blocked.</summary>
[Sends(typeof(ListUsers))]
public sealed class UsersModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<UserDto> Users { get; private set; } = [];

    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = await mediator.Send(new ListUsers(), cancellationToken);
        UnitNames = await mediator.UnitNamesAsync(cancellationToken);
    }
}

using AbsenceCases.Application.Administration;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Roles = AbsenceCases.Application.Common.Security.Roles;

namespace AbsenceCases.Web.Ui.Pages.Admin;

/// <summary>The users with their roles, the units they manage and whether they are blocked.</summary>
[Authorize(Roles = Roles.Admin)]
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

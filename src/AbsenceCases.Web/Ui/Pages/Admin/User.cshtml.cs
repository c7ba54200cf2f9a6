using AbsenceCases.Application.Administration;
using Roles = AbsenceCases.Application.Common.Security.Roles;

namespace AbsenceCases.Web.Ui.Pages.Admin;

/// <summary>
/// The admin creates a user (/admin/bruger) or changes one (/admin/bruger/{id}): name, roles, managed units, the
/// employee an Employee account is, blocked;
/// and resets a user's two-factor sign-in.
/// </summary>
[Sends(typeof(CreateUser))]
public sealed class UserModel(IMediator mediator, UiTexts texts) : PageModel
{
    /// <summary>The form; a change sends the same fields but the e-mail and password, with <see cref="Blocked"/>.</summary>
    [BindProperty]
    public CreateUser Input { get; set; } = new(null, null, null, [], []);

    [BindProperty]
    public bool Blocked { get; set; }

    public UserDto? Existing { get; private set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public string Title => Existing is null ? texts.Admin.NewUser : texts.Admin.EditUser;

    public IEnumerable<SelectListItem> RoleChoices =>
        Roles.All.Select(role => new SelectListItem(texts.RoleName(role), role, Input.Roles?.Contains(role) == true));

    public IEnumerable<SelectListItem> UnitChoices =>
        Choices.Units(Units, texts).Select(u => new SelectListItem(u.Text, u.Value, Input.ManagedUnitIds?.Any(id => id.ToString(UiCulture.Danish) == u.Value) == true));

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } user)
        {
            Input = new CreateUser(null, null, user.DisplayName, user.Roles, user.ManagedUnitIds, user.EmployeeNumber);
            Blocked = user.Blocked;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // A list of checkboxes with none checked sends nothing: no roles, no units.
        Input ??= new CreateUser(null, null, null, null, null);
        Input = Input with { Roles = Input.Roles ?? [], ManagedUnitIds = Input.ManagedUnitIds ?? [] };
        if (ModelState.IsValid)
        {
            try
            {
                IRequest<UserDto> request = Existing is { } user
                    ? new UpdateUser(Input.DisplayName, Input.Roles, Input.ManagedUnitIds, Blocked, Input.EmployeeNumber) { UserId = user.Id }
                    : Input;
                await mediator.Send(request, cancellationToken);
                TempData[UiFlash.Key] = Existing is null ? texts.Admin.Created : texts.Admin.Saved;
                return RedirectToPage("/Admin/Users");
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(string id, CancellationToken cancellationToken)
    {
        await mediator.Send(new ResetTwoFactor { UserId = id }, cancellationToken);
        TempData[UiFlash.Key] = texts.TwoFactor.AdminResetDone;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(string? id, CancellationToken cancellationToken)
    {
        if (id is not null)
        {
            Existing = (await mediator.Send(new ListUsers(), cancellationToken)).FirstOrDefault(u => u.Id == id);
            if (Existing is null)
            {
                return false;
            }
        }

        Units = await mediator.Send(new ListUnits(), cancellationToken);
        return true;
    }
}

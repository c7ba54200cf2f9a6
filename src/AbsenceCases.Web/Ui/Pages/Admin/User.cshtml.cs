using AbsenceCases.Application.Administration;
using Roles = AbsenceCases.Application.Common.Security.Roles;

namespace AbsenceCases.Web.Ui.Pages.Admin;

/// <summary>A user as the form holds it: what creating a user sends, and what changing one sends.</summary>
public sealed class UserForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public List<int> ManagedUnitIds { get; set; } = [];

    public bool Blocked { get; set; }
}

/// <summary>
/// The admin creates a user (/admin/bruger) or changes one (/admin/bruger/{id}): name, roles, managed units, blocked;
/// and resets a user's two-factor sign-in.
/// </summary>
[Sends(typeof(UpdateUser))]
public sealed class UserModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty]
    public UserForm Input { get; set; } = new();

    public UserDto? Existing { get; private set; }

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public string Title => Existing is null ? texts.Admin.NewUser : texts.Admin.EditUser;

    public IEnumerable<SelectListItem> RoleChoices =>
        Roles.All.Select(role => new SelectListItem(texts.RoleName(role), role, Input.Roles.Contains(role)));

    public IEnumerable<SelectListItem> UnitChoices =>
        Choices.Units(Units, texts).Select(u => new SelectListItem(u.Text, u.Value, Input.ManagedUnitIds.Any(id => id.ToString(UiCulture.Danish) == u.Value)));

    public async Task<IActionResult> OnGetAsync(string? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } user)
        {
            Input = new UserForm
            {
                Email = user.Email, DisplayName = user.DisplayName, Roles = user.Roles.ToList(), ManagedUnitIds = user.ManagedUnitIds.ToList(), Blocked = user.Blocked,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                IRequest<UserDto> request = Existing is { } user
                    ? new UpdateUser(Input.DisplayName, Input.Roles, Input.ManagedUnitIds, Input.Blocked) { UserId = user.Id }
                    : new CreateUser(Input.Email, Input.Password, Input.DisplayName, Input.Roles, Input.ManagedUnitIds);
                await mediator.Send(request, cancellationToken);
                TempData[UiFlash.Key] = Existing is null ? texts.Admin.Created : texts.Admin.Saved;
                return RedirectToPage("/Admin/Users");
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        if (Existing is not null)
        {
            Input.Email = Existing.Email;
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

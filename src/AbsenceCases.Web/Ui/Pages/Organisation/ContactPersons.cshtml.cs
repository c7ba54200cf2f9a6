using AbsenceCases.Application.Organisation;
using AbsenceCases.Application.Organisation.ContactPersons;

namespace AbsenceCases.Web.Ui.Pages.Organisation;

/// <summary>HR names each area's and workplace's contact person (/kontaktpersoner), or takes them away.</summary>
[Sends(typeof(SetContactPerson))]
public sealed class ContactPersonsModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty]
    public SetContactPerson Input { get; set; } = new(null);

    /// <summary>The unit whose form was sent: its row shows the form's errors.</summary>
    [BindProperty]
    public int PostedUnitId { get; set; }

    public ContactPersonOverview Overview { get; private set; } = new([], []);

    public IReadOnlyDictionary<int, UnitDto> Units { get; private set; } = new Dictionary<int, UnitDto>();

    public string? ParentName(int unitId) =>
        Units.GetValueOrDefault(unitId)?.ParentId is { } parentId ? Units.GetValueOrDefault(parentId)?.Name : null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var contact = await mediator.Send(Input with { UnitId = PostedUnitId }, cancellationToken);
                TempData[UiFlash.Key] = contact is { } set && set.FromUnitId == PostedUnitId
                    ? texts.ContactPersons.Saved(set.UnitName, set.Name)
                    : texts.ContactPersons.Removed;
                return RedirectToPage();
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Overview = await mediator.Send(new ListContactPersons(), cancellationToken);
        Units = (await mediator.Send(new ListUnits(), cancellationToken)).ToDictionary(u => u.Id);
    }
}

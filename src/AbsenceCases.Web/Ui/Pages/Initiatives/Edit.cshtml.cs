using AbsenceCases.Application.Organisation;
using AbsenceCases.Application.Prevention;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Web.Ui.Forms;
using AbsenceCases.Web.Ui.Localisation;
using AbsenceCases.Web.Ui.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace AbsenceCases.Web.Ui.Pages.Initiatives;

/// <summary>HR creates a prevention initiative at a workplace (/forebyggelse/indsats) or changes one (/forebyggelse/indsats/{id}); it stays at its workplace.</summary>
[Sends(typeof(CreateInitiative))]
public sealed class EditModel(IMediator mediator, UiTexts texts) : PageModel
{
    /// <summary>The form; an update sends the same fields with the initiative's own workplace.</summary>
    [BindProperty]
    public CreateInitiative Input { get; set; } = null!;

    public InitiativeDto? Existing { get; private set; }

    public IReadOnlyList<UnitDto> Workplaces { get; private set; } = [];

    public string Title => Existing is null ? texts.Initiatives.New : texts.Initiatives.EditTitle;

    public IEnumerable<SelectListItem> WorkplaceChoices => Workplaces.Select(w => new SelectListItem(w.Name, w.Id.ToString(UiCulture.Danish)));

    public IEnumerable<SelectListItem> Types => Choices.Of<InitiativeType>(texts);

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = Existing is { } e
            ? new CreateInitiative(e.UnitId, e.Type, e.Description, e.StartOn, e.EndOn)
            : new CreateInitiative(null, null, null, null, null);
        Workplaces = await mediator.WorkplacesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input ??= new CreateInitiative(null, null, null, null, null);
        if (ModelState.IsValid)
        {
            try
            {
                IRequest<InitiativeDto> request = Existing is { } existing
                    ? new UpdateInitiative(existing.UnitId, Input.Type, Input.Description, Input.StartOn, Input.EndOn) { InitiativeId = existing.Id }
                    : Input;
                await mediator.Send(request, cancellationToken);
                TempData[UiFlash.Key] = Existing is null ? texts.Initiatives.Created : texts.Initiatives.Saved;
                return RedirectToPage("/Initiatives/Index");
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        Workplaces = await mediator.WorkplacesAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is { } initiativeId)
        {
            Existing = (await mediator.Send(new ListInitiatives(null), cancellationToken)).FirstOrDefault(i => i.Id == initiativeId);
            if (Existing is null)
            {
                return false;
            }
        }

        return true;
    }
}

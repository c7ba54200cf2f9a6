using AbsenceCases.Application.Prevention;

namespace AbsenceCases.Web.Ui.Pages.Initiatives;

/// <summary>Asks before a prevention initiative is deleted, then deletes it.</summary>
[Sends(typeof(DeleteInitiative))]
public sealed class DeleteModel(IMediator mediator, UiTexts texts) : PageModel
{
    public InitiativeDto Initiative { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var initiative = (await mediator.Send(new ListInitiatives(null), cancellationToken)).FirstOrDefault(i => i.Id == id);
        if (initiative is null)
        {
            return NotFound();
        }

        Initiative = initiative;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(new DeleteInitiative(id), cancellationToken);
        TempData[UiFlash.Key] = texts.Initiatives.Deleted;
        return RedirectToPage("/Initiatives/Index");
    }
}

using AbsenceCases.Application.GoodExamples;

namespace AbsenceCases.Web.Ui.Pages.GoodExamples;

/// <summary>HR asks before a good example leaves the bank (/gode-eksempler/{id}/fjern), then takes it out.</summary>
[Sends(typeof(RemoveGoodExample))]
public sealed class RemoveModel(IMediator mediator, UiTexts texts) : PageModel
{
    public GoodExampleDto Example { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var example = (await mediator.Send(new ListGoodExamples(null), cancellationToken)).FirstOrDefault(e => e.Id == id);
        if (example is null)
        {
            return NotFound();
        }

        Example = example;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(new RemoveGoodExample(id), cancellationToken);
        TempData[UiFlash.Key] = texts.GoodExamples.Removed;
        return RedirectToPage("/GoodExamples/Index");
    }
}

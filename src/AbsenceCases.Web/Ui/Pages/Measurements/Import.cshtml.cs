using AbsenceCases.Application.Measurements;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>HR uploads a measurement's results; the page shows the counts, or every bad line with its column and reason.</summary>
[Sends(typeof(ImportMeasurementResults))]
public sealed class ImportModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    public MeasurementDto Measurement { get; private set; } = null!;

    public ImportOutcome Outcome { get; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), texts.Import.ChooseFile);
        }

        if (ModelState.IsValid)
        {
            await using var csv = Upload!.OpenReadStream();
            await Outcome.SendAsync(mediator, new ImportMeasurementResults(id, csv), cancellationToken);
        }

        return Page();
    }

    private async Task<bool> FindAsync(int id, CancellationToken cancellationToken)
    {
        if (await mediator.MeasurementAsync(id, cancellationToken) is not { } measurement)
        {
            return false;
        }

        Measurement = measurement;
        return true;
    }
}

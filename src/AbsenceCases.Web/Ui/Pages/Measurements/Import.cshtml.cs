using AbsenceCases.Application.Measurements;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>
/// HR uploads a measurement's results; the page shows the counts, or every bad line with its column and reason. Here HR
/// also publishes them, after which they can no longer change.
/// </summary>
[Sends(typeof(ImportMeasurementResults))]
public sealed class ImportModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public DateOnly? PublishedOn { get; set; }

    public MeasurementDto Measurement { get; private set; } = null!;

    public ImportOutcome Outcome { get; } = new();

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), texts.Import.ChooseFile);
        }

        if (ModelState.IsValid)
        {
            await using var csv = Upload!.OpenReadStream();
            try
            {
                await Outcome.SendAsync(mediator, new ImportMeasurementResults(id, csv), cancellationToken);
                Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, prefix: string.Empty))
            {
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, CancellationToken cancellationToken)
    {
        try
        {
            Measurement = await mediator.Send(new PublishMeasurement(PublishedOn) { Id = id }, cancellationToken);
            TempData[UiFlash.Key] = texts.Measurements.Published;
            return RedirectToPage("/Measurements/Index");
        }
        catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts, prefix: string.Empty))
        {
            Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);
            return Page();
        }
    }
}

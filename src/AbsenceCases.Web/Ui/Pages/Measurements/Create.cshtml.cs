using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>HR defines a measurement (/malinger/ny), possibly as the follow-up of an earlier one.</summary>
[Sends(typeof(CreateMeasurement))]
public sealed class CreateModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty]
    public CreateMeasurement Input { get; set; } = new(null, null, null, null, null, null);

    public IReadOnlyList<MeasurementDto> Measurements { get; private set; } = [];

    public IEnumerable<SelectListItem> Kinds => Choices.Of<MeasurementKind>(texts);

    public IEnumerable<SelectListItem> Earlier => Measurements.Select(m => new SelectListItem(m.Name, m.Id.ToString(UiCulture.Danish)));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Measurements = await mediator.Send(new ListMeasurements(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(Input, cancellationToken);
                TempData[UiFlash.Key] = texts.Measurements.Created;
                return RedirectToPage("/Measurements/Index");
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        Measurements = await mediator.Send(new ListMeasurements(), cancellationToken);
        return Page();
    }
}

using AbsenceCases.Application.Measurements;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>
/// A measurement's results for a unit within the user's scope and each unit right below it: score, respondents and
/// invited per dimension, "skjult (for få svar)" where the score could reveal too few respondents.
/// </summary>
[Sends(typeof(GetMeasurementResults))]
public sealed class ResultsModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? UnitId { get; set; }

    public MeasurementDto Measurement { get; private set; } = null!;

    public MeasurementResults Results { get; private set; } = null!;

    public IReadOnlyList<UnitDto> Units { get; private set; } = [];

    public IEnumerable<SelectListItem> UnitChoices => Choices.Units(Units, texts);

    public string UnitName(int unitId) => Units.FirstOrDefault(u => u.Id == unitId)?.Name ?? string.Empty;

    /// <summary>A published measurement is followed up by each workplace; the results page links to the chosen one's.</summary>
    public bool MayFollowUp(int unitId) =>
        Measurement.IsPublished && Units.Any(u => u.Id == unitId && u.Kind == Domain.Organisation.UnitKind.Workplace);

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);
        Units = await mediator.Send(new ListUnitsInScope(), cancellationToken);
        if (UnitId is null && Units.Count > 0)
        {
            // A coordinator of several workplaces sees the first of them until they choose.
            UnitId = Units.FirstOrDefault(u => u.ParentId is not { } parent || Units.All(other => other.Id != parent))?.Id;
        }

        Results = await mediator.Send(new GetMeasurementResults(id, UnitId), cancellationToken);
    }
}

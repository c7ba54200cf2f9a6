using Microsoft.AspNetCore.Mvc.ModelBinding;
using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Prevention;
using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Web.Ui.Pages.GoodExamples;

/// <summary>
/// HR marks a prevention initiative (/gode-eksempler/ny?indsats={id}) or a workplace's follow-up of a measurement
/// (/gode-eksempler/ny?maling={id}&amp;enhed={unitId}) as a good example, telling what was done and what came of it.
/// </summary>
[Sends(typeof(MarkGoodExample))]
public sealed class MarkModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "indsats")]
    public int? InitiativeId { get; set; }

    [BindProperty(SupportsGet = true, Name = "maling")]
    public int? MeasurementId { get; set; }

    [BindProperty(SupportsGet = true, Name = "enhed")]
    public int? UnitId { get; set; }

    private static readonly string[] AddressKeys = ["indsats", "maling", "enhed"];

    /// <summary>The texts of the example; its source is the page's address.</summary>
    [BindProperty]
    public MarkGoodExample Input { get; set; } = new(null, null, null, null, null, null);

    public GoodExampleSource Source => InitiativeId is null ? GoodExampleSource.FollowUp : GoodExampleSource.Initiative;

    /// <summary>The initiative's description or the measurement's name.</summary>
    public string SourceName { get; private set; } = string.Empty;

    public string WorkplaceName { get; private set; } = string.Empty;

    /// <summary>Where HR came from: the initiatives or the workplace's follow-up.</summary>
    public string BackPage => Source == GoodExampleSource.Initiative ? "/Initiatives/Index" : "/Measurements/FollowUp";

    public Dictionary<string, string> BackRoute => Source == GoodExampleSource.Initiative
        ? []
        : new() { ["id"] = $"{MeasurementId}", ["unitId"] = $"{UnitId}" };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            try
            {
                await mediator.Send(Input with { InitiativeId = InitiativeId, MeasurementId = MeasurementId, UnitId = UnitId }, cancellationToken);
                TempData[UiFlash.Key] = texts.GoodExamples.Marked;
                return RedirectToPage("/GoodExamples/Index");
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        return Page();
    }

    /// <summary>Finds the one source the address names: an initiative, or a measurement with a workplace.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (AddressKeys.Any(key => ModelState.GetFieldValidationState(key) == ModelValidationState.Invalid))
        {
            return false;
        }

        switch (InitiativeId, MeasurementId, UnitId)
        {
            case ({ } initiativeId, null, null):
                var initiatives = await mediator.Send(new ListInitiatives(null), cancellationToken);
                if (initiatives.FirstOrDefault(i => i.Id == initiativeId) is not { } initiative)
                {
                    return false;
                }

                (SourceName, WorkplaceName) = (initiative.Description, initiative.UnitName);
                return true;
            case (null, { } measurementId, { } unitId):
                var measurement = await mediator.Send(new GetMeasurement(measurementId), cancellationToken);
                if ((await mediator.UnitNamesAsync(cancellationToken)).GetValueOrDefault(unitId) is not { } unitName)
                {
                    return false;
                }

                (SourceName, WorkplaceName) = (measurement.Name, unitName);
                return true;
            default:
                return false;
        }
    }
}

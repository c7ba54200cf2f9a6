using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Measurements;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>
/// A workplace's follow-up of a measurement (/malinger/{id}/opfolgning/{unitId}): the deadlines and what was done, and
/// for its manager and HR a form to record the discussions, the action plan and a new measure of it; once recorded, HR's
/// way to mark it as a good example.
/// </summary>
[Sends(typeof(GetFollowUp))]
public sealed class FollowUpModel(IMediator mediator, UiTexts texts) : PageModel
{
    [BindProperty]
    public RecordFollowUp Input { get; set; } = Empty;

    public MeasurementDto Measurement { get; private set; } = null!;

    public FollowUpDto FollowUp { get; private set; } = null!;

    public bool MayRecord => RequestPermissions.Allows(typeof(RecordFollowUp), User.IsInRole);

    /// <summary>HR marks a follow-up as a good example once the workplace has recorded it.</summary>
    public bool MayMark => FollowUp.Recorded && RequestPermissions.Allows(typeof(MarkGoodExample), User.IsInRole);

    private static RecordFollowUp Empty => new(null, null, null, null, [new ActionPlanMeasureInput(null, null, null, null, null, null, null, null)]);

    public async Task OnGetAsync(int id, int unitId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, unitId, cancellationToken);
        Input = Empty with
        {
            TeamDiscussedOn = FollowUp.TeamDiscussedOn,
            MedDiscussedOn = FollowUp.MedDiscussedOn,
            LeadershipDiscussedOn = FollowUp.LeadershipDiscussedOn,
            ActionPlanOn = FollowUp.ActionPlanOn,
        };
    }

    public async Task<IActionResult> OnPostAsync(int id, int unitId, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var measures = (Input.Measures ?? []).Where(m => !string.IsNullOrWhiteSpace(m.Description)).ToList();
                await mediator.Send(Input with { MeasurementId = id, UnitId = unitId, Measures = measures }, cancellationToken);
                TempData[UiFlash.Key] = texts.FollowUps.Saved;
                return RedirectToPage(new { id, unitId });
            }
            catch (Exception exception) when (FormErrors.TryAdd(ModelState, exception, texts))
            {
            }
        }

        await LoadAsync(id, unitId, cancellationToken);
        return Page();
    }

    private async Task LoadAsync(int id, int unitId, CancellationToken cancellationToken)
    {
        Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);
        FollowUp = await mediator.Send(new GetFollowUp(id, unitId), cancellationToken);
    }
}

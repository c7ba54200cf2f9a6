using AbsenceCases.Application.Measurements;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>The follow-ups of a measurement (/malinger/{id}/opfolgning): every workplace in the user's scope with its deadlines and status.</summary>
[Sends(typeof(ListFollowUps))]
public sealed class FollowUpsModel(IMediator mediator) : PageModel
{
    public MeasurementDto Measurement { get; private set; } = null!;

    public IReadOnlyList<FollowUpSummary> FollowUps { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);
        FollowUps = await mediator.Send(new ListFollowUps(id), cancellationToken);
    }
}

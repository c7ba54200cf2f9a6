using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Measurements;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>"Målinger": the wellbeing measurements with links to their results; HR creates them and imports their results here.</summary>
[Sends(typeof(ListMeasurements))]
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<MeasurementDto> Measurements { get; private set; } = [];

    public bool MayCreate => RequestPermissions.Allows(typeof(CreateMeasurement), User.IsInRole);

    public bool MayImport => RequestPermissions.Allows(typeof(ImportMeasurementResults), User.IsInRole);

    public string NameOf(int? measurementId) => Measurements.FirstOrDefault(m => m.Id == measurementId)?.Name ?? string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Measurements = await mediator.Send(new ListMeasurements(), cancellationToken);
}

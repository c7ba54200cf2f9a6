namespace AbsenceCases.Application.Statistics;

/// <summary>The wellbeing-against-absence table for the CSV and XLSX exports; audited apart from viewing it.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ExportWellbeingAgainstAbsence(int MeasurementId, int? UnitId)
    : IRequest<WellbeingAgainstAbsence>, IWellbeingAbsenceParameters, IAuditedRequest;

public sealed class ExportWellbeingAgainstAbsenceHandler(WellbeingAbsenceQueries queries)
    : IRequestHandler<ExportWellbeingAgainstAbsence, WellbeingAgainstAbsence>
{
    public Task<WellbeingAgainstAbsence> Handle(ExportWellbeingAgainstAbsence request, CancellationToken cancellationToken) =>
        queries.ComputeAsync(request, cancellationToken);
}

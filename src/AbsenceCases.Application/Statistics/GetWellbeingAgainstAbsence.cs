namespace AbsenceCases.Application.Statistics;

/// <summary>A measurement's scores per workplace beside the absence after it: GET /api/measurements/{id}/absence?unitId=.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetWellbeingAgainstAbsence(int MeasurementId, int? UnitId)
    : IRequest<WellbeingAgainstAbsence>, IWellbeingAbsenceParameters, IAuditedRequest;

public sealed class GetWellbeingAgainstAbsenceHandler(WellbeingAbsenceQueries queries)
    : IRequestHandler<GetWellbeingAgainstAbsence, WellbeingAgainstAbsence>
{
    public Task<WellbeingAgainstAbsence> Handle(GetWellbeingAgainstAbsence request, CancellationToken cancellationToken) =>
        queries.ComputeAsync(request, cancellationToken);
}

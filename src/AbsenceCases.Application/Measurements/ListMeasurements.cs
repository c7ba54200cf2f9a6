namespace AbsenceCases.Application.Measurements;

/// <summary>
/// The measurements, newest first: GET /api/measurements; managers and coordinators see the published ones. They hold
/// no personal data; their results are read per unit.
/// </summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ListMeasurements : IRequest<IReadOnlyList<MeasurementDto>>, IAuditedRequest;

public sealed class ListMeasurementsHandler(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock)
    : IRequestHandler<ListMeasurements, IReadOnlyList<MeasurementDto>>
{
    public async Task<IReadOnlyList<MeasurementDto>> Handle(ListMeasurements query, CancellationToken cancellationToken)
    {
        var measurements = await db.Measurements.AsNoTracking().VisibleTo(user, clock.Today)
            .OrderByDescending(m => m.FieldedFrom).ThenByDescending(m => m.Id)
            .Select(m => new { Measurement = m, ResultCount = m.Results.Count })
            .ToListAsync(cancellationToken);
        return measurements.Select(m => StoredMeasurements.ToDto(m.Measurement, m.ResultCount, clock.Today)).ToList();
    }
}

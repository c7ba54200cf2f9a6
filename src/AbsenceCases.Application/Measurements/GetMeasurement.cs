namespace AbsenceCases.Application.Measurements;

/// <summary>One measurement: GET /api/measurements/{id}; to managers and coordinators only once it is published.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetMeasurement(int Id) : IRequest<MeasurementDto>, IAuditedRequest;

public sealed class GetMeasurementHandler(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock)
    : IRequestHandler<GetMeasurement, MeasurementDto>
{
    public async Task<MeasurementDto> Handle(GetMeasurement query, CancellationToken cancellationToken)
    {
        var found = await db.Measurements.AsNoTracking().VisibleTo(user, clock.Today)
            .Where(m => m.Id == query.Id)
            .Select(m => new { Measurement = m, ResultCount = m.Results.Count })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(RefusalCodes.NotFound.Measurement, query.Id);
        return StoredMeasurements.ToDto(found.Measurement, found.ResultCount, clock.Today);
    }
}

using AutoMapper;

namespace AbsenceCases.Application.Measurements;

/// <summary>A workplace's follow-up of a measurement, GET /api/measurements/{id}/follow-ups/{unitId}: its managers, coordinators and HR.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetFollowUp(int MeasurementId, int? UnitId) : IRequest<FollowUpDto>, IUnitFilteredRequest, IAuditedRequest;

public sealed class GetFollowUpHandler(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock, DeadlinePolicy policy, IMapper mapper)
    : IRequestHandler<GetFollowUp, FollowUpDto>
{
    public async Task<FollowUpDto> Handle(GetFollowUp query, CancellationToken cancellationToken)
    {
        var (measurement, publishedOn) = await StoredFollowUps.PublishedAsync(db.Measurements.AsNoTracking(), query.MeasurementId, user, clock.Today, cancellationToken);
        var unit = await StoredFollowUps.WorkplaceAsync(db, query.UnitId!.Value, cancellationToken);
        var followUp = await db.FollowUps.AsNoTracking().Include(f => f.Measures)
            .SingleOrDefaultAsync(f => f.MeasurementId == measurement.Id && f.UnitId == unit.Id, cancellationToken);
        return StoredFollowUps.ToDto(measurement, publishedOn, unit, followUp, clock.Today, policy, mapper);
    }
}

using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

/// <summary>
/// Every workplace in the caller's scope with its follow-up of a measurement, GET /api/measurements/{id}/follow-ups:
/// the steps' deadlines and where each stands, in the organisation's order.
/// </summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ListFollowUps(int MeasurementId) : IRequest<IReadOnlyList<FollowUpSummary>>, IAuditedRequest;

public sealed class ListFollowUpsHandler(IApplicationDbContext db, ICurrentUser user, IUserScopeProvider scopes, MunicipalClock clock, DeadlinePolicy policy)
    : IRequestHandler<ListFollowUps, IReadOnlyList<FollowUpSummary>>
{
    public async Task<IReadOnlyList<FollowUpSummary>> Handle(ListFollowUps query, CancellationToken cancellationToken)
    {
        var (measurement, publishedOn) = await StoredFollowUps.PublishedAsync(db.Measurements.AsNoTracking(), query.MeasurementId, user, clock.Today, cancellationToken);
        var scope = await scopes.GetScopeAsync(cancellationToken);
        var workplaces = (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Workplace).OrderBy(u => u.Path).ToListAsync(cancellationToken))
            .Where(u => scope.Contains(u.Id))
            .ToList();
        var followUps = await db.FollowUps.AsNoTracking().Include(f => f.Measures)
            .Where(f => f.MeasurementId == measurement.Id)
            .ToDictionaryAsync(f => f.UnitId, cancellationToken);
        return workplaces.Select(unit =>
        {
            var deadlines = FollowUpSchedule.Of(publishedOn, followUps.GetValueOrDefault(unit.Id), clock.Today, policy)
                .Where(d => d.Step != FollowUpStep.MeasureFollowUp)
                .ToList();
            return new FollowUpSummary(unit.Id, unit.Code, unit.Name, FollowUpSchedule.StatusOf(deadlines), deadlines);
        }).ToList();
    }
}

using AbsenceCases.Domain.Organisation;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Domain.Wellbeing;
using AutoMapper;

namespace AbsenceCases.Application.Measurements;

/// <summary>A measurement's follow-ups: only a published measurement has them, and only workplaces follow up.</summary>
internal static class StoredFollowUps
{
    public static async Task<(Measurement Measurement, DateOnly PublishedOn)> PublishedAsync(
        IQueryable<Measurement> measurements, int id, ICurrentUser user, DateOnly today, CancellationToken cancellationToken)
    {
        var measurement = await StoredMeasurements.FindAsync(measurements.VisibleTo(user, today), id, cancellationToken);
        return measurement.IsPublishedBy(today) ? (measurement, measurement.PublishedOn!.Value) : throw new ConflictException(FollowUpCodes.NotPublished);
    }

    public static async Task<OrganisationUnit> WorkplaceAsync(IApplicationDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
            ?? throw new NotFoundException(RefusalCodes.NotFound.Unit, unitId);
        return unit.Kind == UnitKind.Workplace ? unit : throw new RequestValidationException("unitId", FollowUpCodes.NotWorkplace, ("kind", unit.Kind));
    }

    public static FollowUpDto ToDto(
        Measurement measurement, DateOnly publishedOn, OrganisationUnit unit, WorkplaceFollowUp? followUp, DateOnly today, DeadlinePolicy policy, IMapper mapper)
    {
        var deadlines = FollowUpSchedule.Of(publishedOn, followUp, today, policy);
        return new FollowUpDto(
            measurement.Id,
            unit.Id,
            unit.Name,
            publishedOn,
            followUp?.TeamDiscussedOn,
            followUp?.MedDiscussedOn,
            followUp?.LeadershipDiscussedOn,
            followUp?.ActionPlanOn,
            FollowUpSchedule.StatusOf(deadlines),
            deadlines,
            mapper.Map<List<MeasureDto>>(followUp?.Measures.OrderBy(m => m.FollowUpOn).ThenBy(m => m.Id).ToList() ?? []),
            followUp is not null);
    }
}

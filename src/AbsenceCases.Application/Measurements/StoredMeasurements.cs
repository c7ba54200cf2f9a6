using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

internal static class StoredMeasurements
{
    public static async Task<Measurement> FindAsync(IQueryable<Measurement> measurements, int id, CancellationToken cancellationToken) =>
        await measurements.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException(RefusalCodes.NotFound.Measurement, id);

    /// <summary>The measurements the user may see: HR every one, managers and coordinators those published by today.</summary>
    public static IQueryable<Measurement> VisibleTo(this IQueryable<Measurement> measurements, ICurrentUser user, DateOnly today) =>
        user.IsInRole(Roles.Hr) ? measurements : measurements.Where(m => m.PublishedOn != null && m.PublishedOn <= today);

    public static MeasurementDto ToDto(Measurement m, int resultCount, DateOnly today) =>
        new(m.Id, m.Name, m.Kind, m.FieldedFrom, m.FieldedTo, m.PublishedOn, m.IsPublishedBy(today), m.FollowUpOfId, resultCount);
}

using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

internal static class StoredMeasurements
{
    public static async Task<Measurement> FindAsync(IQueryable<Measurement> measurements, int id, CancellationToken cancellationToken) =>
        await measurements.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException(RefusalCodes.NotFound.Measurement, id);

    public static MeasurementDto ToDto(Measurement m, int resultCount) =>
        new(m.Id, m.Name, m.Kind, m.FieldedFrom, m.FieldedTo, m.PublishedOn, m.FollowUpOfId, resultCount);
}

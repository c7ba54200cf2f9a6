using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Measurements;

/// <summary>
/// HR publishes a measurement's results on a day: POST /api/measurements/{id}/publish. From that day managers and
/// coordinators see them, and they can no longer change.
/// </summary>
[Authorize(Roles.Hr)]
public sealed record PublishMeasurement(DateOnly? PublishedOn) : IRequest<MeasurementDto>, IAuditedRequest
{
    [JsonIgnore]
    public int Id { get; init; }
}

public sealed class PublishMeasurementValidator : AbstractValidator<PublishMeasurement>
{
    public PublishMeasurementValidator() => RuleFor(m => m.PublishedOn).NotNull().WithCode(FieldCodes.Required);
}

public sealed class PublishMeasurementHandler(IApplicationDbContext db, MunicipalClock clock) : IRequestHandler<PublishMeasurement, MeasurementDto>
{
    public async Task<MeasurementDto> Handle(PublishMeasurement command, CancellationToken cancellationToken)
    {
        var measurement = await StoredMeasurements.FindAsync(db.Measurements, command.Id, cancellationToken);
        measurement.Publish(command.PublishedOn!.Value, clock.Today);
        await db.SaveChangesAsync(cancellationToken);
        return StoredMeasurements.ToDto(measurement, await db.MeasurementResults.CountAsync(r => r.MeasurementId == command.Id, cancellationToken), clock.Today);
    }
}

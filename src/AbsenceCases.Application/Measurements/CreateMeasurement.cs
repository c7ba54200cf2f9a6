using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

/// <summary>HR defines a measurement: POST /api/measurements.</summary>
[Authorize(Roles.Hr)]
public sealed record CreateMeasurement(
    string? Name, MeasurementKind? Kind, DateOnly? FieldedFrom, DateOnly? FieldedTo, DateOnly? PublishedOn, int? FollowUpOfId)
    : IRequest<MeasurementDto>, IAuditedRequest;

public sealed class CreateMeasurementValidator : AbstractValidator<CreateMeasurement>
{
    public CreateMeasurementValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Name);
        RuleFor(m => m.Kind).RequiredEnum();
        RuleFor(m => m.FieldedFrom).NotNull().WithCode(FieldCodes.Required);
        RuleFor(m => m.FieldedTo).NotNull().WithCode(FieldCodes.Required)
            .Must((m, to) => to is null || m.FieldedFrom is null || to >= m.FieldedFrom).WithCode(MeasurementCodes.FieldedToBeforeFrom);
        RuleFor(m => m.PublishedOn).Must((m, published) => published is null || m.FieldedTo is null || published >= m.FieldedTo)
            .WithCode(MeasurementCodes.PublishedBeforeFielded);
    }
}

public sealed class CreateMeasurementHandler(IApplicationDbContext db, MunicipalClock clock) : IRequestHandler<CreateMeasurement, MeasurementDto>
{
    public async Task<MeasurementDto> Handle(CreateMeasurement command, CancellationToken cancellationToken)
    {
        var original = await FollowedUpAsync(command, cancellationToken);
        var measurement = new Measurement(
            command.Name!.Trim(), command.Kind!.Value, command.FieldedFrom!.Value, command.FieldedTo!.Value, command.PublishedOn, original);
        db.Measurements.Add(measurement);
        await db.SaveChangesAsync(cancellationToken);
        return StoredMeasurements.ToDto(measurement, resultCount: 0, clock.Today);
    }

    private async Task<Measurement?> FollowedUpAsync(CreateMeasurement command, CancellationToken cancellationToken)
    {
        if (command.FollowUpOfId is not { } id)
        {
            return null;
        }

        var original = await db.Measurements.SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
            ?? throw new RequestValidationException("followUpOfId", FieldCodes.UnknownMeasurement);
        return original.MayBeFollowedUpFrom(command.FieldedFrom!.Value)
            ? original
            : throw new RequestValidationException("followUpOfId", MeasurementCodes.FollowUpBeforeOriginal, ("fieldedTo", original.FieldedTo));
    }
}

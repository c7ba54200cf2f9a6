using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Application.GoodExamples;

/// <summary>
/// HR marks a prevention initiative, or a workplace's follow-up of a measurement, as a good example: POST /api/good-examples.
/// The system fills in the absence and wellbeing before and after. The texts go to every manager and coordinator, so they
/// tell what the workplace did, never who.
/// </summary>
[Authorize(Roles.Hr)]
public sealed record MarkGoodExample(
    int? InitiativeId, int? MeasurementId, int? UnitId, string? Title, string? WhatWasDone, string? WhatCameOfIt)
    : IRequest<GoodExampleDto>, IAuditedRequest;

public sealed class MarkGoodExampleValidator : AbstractValidator<MarkGoodExample>
{
    public MarkGoodExampleValidator()
    {
        RuleFor(e => e.InitiativeId).Must((e, initiative) => initiative is null != (e.MeasurementId is null && e.UnitId is null))
            .WithCode(GoodExampleCodes.OneSource);
        RuleFor(e => e.UnitId).NotNull().When(e => e.MeasurementId is not null).WithCode(FieldCodes.Required);
        RuleFor(e => e.MeasurementId).NotNull().When(e => e.UnitId is not null).WithCode(FieldCodes.Required);
        RuleFor(e => e.Title).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Name);
        RuleFor(e => e.WhatWasDone).NotEmpty().WithCode(FieldCodes.Required).Note();
        RuleFor(e => e.WhatCameOfIt).NotEmpty().WithCode(FieldCodes.Required).Note();
    }
}

public sealed class MarkGoodExampleHandler(IApplicationDbContext db, ExampleFiguresReader figures, MunicipalClock clock, GoodExampleSettings settings)
    : IRequestHandler<MarkGoodExample, GoodExampleDto>
{
    public async Task<GoodExampleDto> Handle(MarkGoodExample command, CancellationToken cancellationToken)
    {
        var example = command.InitiativeId is { } initiativeId
            ? await OfInitiativeAsync(command, initiativeId, cancellationToken)
            : await OfFollowUpAsync(command, command.MeasurementId!.Value, command.UnitId!.Value, cancellationToken);
        var employees = await FewestEmployeesAsync(example.UnitId, example.Figures, cancellationToken);
        if (employees < settings.MinEmployees)
        {
            throw new RequestValidationException(
                example.Source == GoodExampleSource.Initiative ? "initiativeId" : "unitId",
                GoodExampleCodes.TooFewEmployees,
                ("employees", employees),
                ("min", settings.MinEmployees));
        }

        if (await db.GoodExamples.AnyAsync(
                e => e.InitiativeId == example.InitiativeId && e.MeasurementId == example.MeasurementId && e.UnitId == example.UnitId, cancellationToken))
        {
            throw new ConflictException(GoodExampleCodes.AlreadyMarked);
        }

        db.GoodExamples.Add(example);
        await db.SaveChangesAsync(cancellationToken);
        var unitName = await db.Units.Where(u => u.Id == example.UnitId).Select(u => u.Name).SingleAsync(cancellationToken);
        return GoodExamples.ToDto(example, unitName);
    }

    private async Task<GoodExample> OfInitiativeAsync(MarkGoodExample command, int initiativeId, CancellationToken cancellationToken)
    {
        var initiative = await db.PreventionInitiatives.AsNoTracking().SingleOrDefaultAsync(i => i.Id == initiativeId, cancellationToken)
            ?? throw new RequestValidationException("initiativeId", FieldCodes.UnknownInitiative);
        var filled = initiative.StartOn <= clock.Today ? await figures.OfInitiativeAsync(initiative, cancellationToken) : null;
        return filled is null
            ? throw new RequestValidationException("initiativeId", GoodExampleCodes.NotBegun, ("startOn", initiative.StartOn))
            : New(command, initiative.UnitId, GoodExampleSource.Initiative, filled);
    }

    private async Task<GoodExample> OfFollowUpAsync(MarkGoodExample command, int measurementId, int unitId, CancellationToken cancellationToken)
    {
        var measurement = await db.Measurements.AsNoTracking().SingleOrDefaultAsync(m => m.Id == measurementId, cancellationToken)
            ?? throw new RequestValidationException("measurementId", FieldCodes.UnknownMeasurement);
        if (!measurement.IsPublishedBy(clock.Today))
        {
            throw new RequestValidationException("measurementId", GoodExampleCodes.NotPublished);
        }

        if (!await db.FollowUps.AnyAsync(f => f.MeasurementId == measurementId && f.UnitId == unitId, cancellationToken))
        {
            throw new RequestValidationException("unitId", GoodExampleCodes.NoFollowUp);
        }

        var filled = await figures.OfFollowUpAsync(measurement, unitId, cancellationToken)
            ?? throw new RequestValidationException("measurementId", GoodExampleCodes.NoMonthsAfter);
        return New(command, unitId, GoodExampleSource.FollowUp, filled);
    }

    /// <summary>The fewest different employees the workplace and its teams had in the months before or in those after.</summary>
    private async Task<int> FewestEmployeesAsync(int unitId, ExampleFigures months, CancellationToken cancellationToken)
    {
        var units = await db.SubtreeIdsAsync(unitId, cancellationToken);

        async Task<int> Employed(string fromMonth, string toMonth)
        {
            var (from, to) = (YearMonth.Parse(fromMonth).FirstDay, YearMonth.Parse(toMonth).LastDay);
            return await db.Employments.Where(e => units.Contains(e.UnitId) && e.From <= to && (e.To == null || e.To >= from))
                .Select(e => e.EmployeeId).Distinct().CountAsync(cancellationToken);
        }

        return Math.Min(await Employed(months.BeforeFrom, months.BeforeTo), await Employed(months.AfterFrom, months.AfterTo));
    }

    private GoodExample New(MarkGoodExample command, int unitId, GoodExampleSource source, ExampleFigures filled) =>
        new(unitId, source, command.InitiativeId, command.MeasurementId, command.Title!.Trim(), command.WhatWasDone!.Trim(), command.WhatCameOfIt!.Trim(),
            clock.Today, filled);
}

using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Application.Prevention;

public sealed record InitiativeDto(int Id, int UnitId, string UnitName, InitiativeType Type, string Description, DateOnly StartOn, DateOnly? EndOn);

/// <summary>A workplace prevention initiative as HR enters it.</summary>
public interface IInitiativeInput
{
    int? UnitId { get; }

    InitiativeType? Type { get; }

    string? Description { get; }

    DateOnly? StartOn { get; }

    DateOnly? EndOn { get; }
}

public abstract class InitiativeRules<TInput> : AbstractValidator<TInput>
    where TInput : IInitiativeInput
{
    protected InitiativeRules()
    {
        RuleFor(i => i.UnitId).NotNull().WithCode(FieldCodes.Required);
        RuleFor(i => i.Type).RequiredEnum();
        RuleFor(i => i.Description).NotEmpty().WithCode(FieldCodes.Required).MultiLineText(TextLimits.InitiativeDescription);
        RuleFor(i => i.StartOn).NotNull().WithCode(FieldCodes.Required);
        RuleFor(i => i.EndOn).Must((i, end) => end is null || i.StartOn is null || end >= i.StartOn)
            .WithCode(PreventionCodes.EndBeforeStart);
    }
}

internal static class Initiatives
{
    /// <summary>An initiative belongs to a workplace.</summary>
    public static async Task<string> WorkplaceNameAsync(IApplicationDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var unit = await db.Units.Where(u => u.Id == unitId).Select(u => new { u.Name, u.Kind }).SingleOrDefaultAsync(cancellationToken);
        return unit switch
        {
            null => throw new RequestValidationException("unitId", FieldCodes.UnknownUnit),
            { Kind: not UnitKind.Workplace } => throw new RequestValidationException("unitId", PreventionCodes.InitiativeNeedsWorkplace),
            _ => unit.Name,
        };
    }

    public static InitiativeDto ToDto(PreventionInitiative initiative, string unitName) =>
        new(initiative.Id, initiative.UnitId, unitName, initiative.Type, initiative.Description, initiative.StartOn, initiative.EndOn);
}

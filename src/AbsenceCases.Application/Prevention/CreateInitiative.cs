using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Application.Prevention;

[Authorize(Roles.Hr)]
public sealed record CreateInitiative(int? UnitId, InitiativeType? Type, string? Description, DateOnly? StartOn, DateOnly? EndOn)
    : IRequest<InitiativeDto>, IInitiativeInput;

public sealed class CreateInitiativeValidator : InitiativeRules<CreateInitiative>;

public sealed class CreateInitiativeHandler(IApplicationDbContext db) : IRequestHandler<CreateInitiative, InitiativeDto>
{
    public async Task<InitiativeDto> Handle(CreateInitiative command, CancellationToken cancellationToken)
    {
        var unitName = await Initiatives.WorkplaceNameAsync(db, command.UnitId!.Value, cancellationToken);
        var initiative = new PreventionInitiative(command.UnitId.Value, command.Type!.Value, command.Description!.Trim(), command.StartOn!.Value, command.EndOn);
        db.PreventionInitiatives.Add(initiative);
        await db.SaveChangesAsync(cancellationToken);
        return Initiatives.ToDto(initiative, unitName);
    }
}

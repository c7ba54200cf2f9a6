using System.Text.Json.Serialization;
using AbsenceCases.Domain.Prevention;

namespace AbsenceCases.Application.Prevention;

/// <summary>Changes an initiative's type, text or dates; it stays at its workplace.</summary>
[Authorize(Roles.Hr)]
public sealed record UpdateInitiative(int? UnitId, InitiativeType? Type, string? Description, DateOnly? StartOn, DateOnly? EndOn)
    : IRequest<InitiativeDto>, IInitiativeInput
{
    [JsonIgnore]
    public int InitiativeId { get; init; }
}

public sealed class UpdateInitiativeValidator : InitiativeRules<UpdateInitiative>;

public sealed class UpdateInitiativeHandler(IApplicationDbContext db) : IRequestHandler<UpdateInitiative, InitiativeDto>
{
    public async Task<InitiativeDto> Handle(UpdateInitiative command, CancellationToken cancellationToken)
    {
        var initiative = await db.PreventionInitiatives.SingleOrDefaultAsync(i => i.Id == command.InitiativeId, cancellationToken)
                         ?? throw new NotFoundException(RefusalCodes.NotFound.Initiative, command.InitiativeId);
        if (command.UnitId != initiative.UnitId)
        {
            throw new RequestValidationException("unitId", PreventionCodes.InitiativeCannotMove);
        }

        var unitName = await Initiatives.WorkplaceNameAsync(db, initiative.UnitId, cancellationToken);
        initiative.Update(command.Type!.Value, command.Description!.Trim(), command.StartOn!.Value, command.EndOn);
        await db.SaveChangesAsync(cancellationToken);
        return Initiatives.ToDto(initiative, unitName);
    }
}

namespace AbsenceCases.Application.Prevention;

[Authorize(Roles.Hr)]
public sealed record DeleteInitiative(int InitiativeId) : IRequest<Unit>;

public sealed class DeleteInitiativeHandler(IApplicationDbContext db) : IRequestHandler<DeleteInitiative, Unit>
{
    public async Task<Unit> Handle(DeleteInitiative command, CancellationToken cancellationToken)
    {
        var initiative = await db.PreventionInitiatives.SingleOrDefaultAsync(i => i.Id == command.InitiativeId, cancellationToken)
                         ?? throw new NotFoundException(RefusalCodes.NotFound.Initiative, command.InitiativeId);
        db.PreventionInitiatives.Remove(initiative);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

namespace AbsenceCases.Application.GoodExamples;

/// <summary>HR takes an example out of the bank: DELETE /api/good-examples/{id}.</summary>
[Authorize(Roles.Hr)]
public sealed record RemoveGoodExample(int Id) : IRequest<Unit>, IAuditedRequest;

public sealed class RemoveGoodExampleHandler(IApplicationDbContext db) : IRequestHandler<RemoveGoodExample, Unit>
{
    public async Task<Unit> Handle(RemoveGoodExample command, CancellationToken cancellationToken)
    {
        var example = await db.GoodExamples.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException(RefusalCodes.NotFound.GoodExample, command.Id);
        db.GoodExamples.Remove(example);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

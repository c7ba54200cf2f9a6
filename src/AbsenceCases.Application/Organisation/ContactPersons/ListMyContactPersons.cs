namespace AbsenceCases.Application.Organisation.ContactPersons;

/// <summary>A manager's contact persons: the one each unit they manage turns to.</summary>
[Authorize(Roles.Manager)]
public sealed record ListMyContactPersons : IRequest<IReadOnlyList<ContactPersonDto>>;

public sealed class ListMyContactPersonsHandler(IApplicationDbContext db, ICurrentUser user, ContactPersonReader reader)
    : IRequestHandler<ListMyContactPersons, IReadOnlyList<ContactPersonDto>>
{
    public async Task<IReadOnlyList<ContactPersonDto>> Handle(ListMyContactPersons request, CancellationToken cancellationToken)
    {
        var managed = await db.UnitManagers.Where(m => m.UserId == user.Id).Select(m => m.UnitId).ToListAsync(cancellationToken);
        return await reader.OfAsync(managed, cancellationToken);
    }
}

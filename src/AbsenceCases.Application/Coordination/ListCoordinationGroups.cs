namespace AbsenceCases.Application.Coordination;

/// <summary>The coordination groups the caller may see: all for HR and Admin, else those they belong to or whose workplaces are in their scope.</summary>
[Authorize(Roles.Coordinator, Roles.Hr)]
public sealed record ListCoordinationGroups : IRequest<IReadOnlyList<CoordinationGroupDto>>;

public sealed class ListCoordinationGroupsHandler(IApplicationDbContext db, ICurrentUser user, IUserScopeProvider scopes)
    : IRequestHandler<ListCoordinationGroups, IReadOnlyList<CoordinationGroupDto>>
{
    public async Task<IReadOnlyList<CoordinationGroupDto>> Handle(ListCoordinationGroups request, CancellationToken cancellationToken)
    {
        var groups = await db.CoordinationGroups.AsNoTracking()
            .Include(g => g.Workplaces).Include(g => g.Members)
            .OrderBy(g => g.Name)
            .ToListAsync(cancellationToken);
        var scope = await scopes.GetScopeAsync(cancellationToken);
        var visible = groups
            .Where(g => scope.IsEverything || g.HasMember(user.Id!) || g.Workplaces.Any(w => scope.Contains(w.UnitId)))
            .ToList();
        return await db.ToDtosAsync(visible, cancellationToken);
    }
}

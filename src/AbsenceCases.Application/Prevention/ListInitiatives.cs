using AbsenceCases.Application.Organisation;

namespace AbsenceCases.Application.Prevention;

/// <summary>The prevention initiatives of the workplaces in the caller's scope, optionally of one unit's subtree.</summary>
[Authorize(Roles.Hr)]
public sealed record ListInitiatives(int? UnitId) : IRequest<IReadOnlyList<InitiativeDto>>, IUnitFilteredRequest;

public sealed class ListInitiativesHandler(IApplicationDbContext db, IUserScopeProvider scopes)
    : IRequestHandler<ListInitiatives, IReadOnlyList<InitiativeDto>>
{
    public async Task<IReadOnlyList<InitiativeDto>> Handle(ListInitiatives query, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetScopeAsync(cancellationToken);
        var subtree = query.UnitId is { } unitId ? (await db.SubtreeIdsAsync(unitId, cancellationToken)).ToHashSet() : null;
        var wanted = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .Where(u => (subtree is null || subtree.Contains(u.Id)) && scope.Contains(u.Id))
            .ToDictionary(u => u.Id, u => u.Name);
        var initiatives = await db.PreventionInitiatives.AsNoTracking()
            .OrderBy(i => i.StartOn).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return initiatives.Where(i => wanted.ContainsKey(i.UnitId)).Select(i => Initiatives.ToDto(i, wanted[i.UnitId])).ToList();
    }
}

using AbsenceCases.Application.Common.Security;

namespace AbsenceCases.Application.Prevention;

/// <summary>The prevention initiatives of the workplaces in the caller's scope, optionally of one unit's subtree.</summary>
public sealed record ListInitiatives(int? UnitId) : IRequest<IReadOnlyList<InitiativeDto>>, IUnitFilteredRequest;

public sealed class ListInitiativesHandler(IApplicationDbContext db, IUserScopeProvider scopes)
    : IRequestHandler<ListInitiatives, IReadOnlyList<InitiativeDto>>
{
    public async Task<IReadOnlyList<InitiativeDto>> Handle(ListInitiatives query, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetScopeAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(cancellationToken);
        var root = query.UnitId is { } unitId ? units.Single(u => u.Id == unitId).Path : "/";
        var wanted = units.Where(u => u.Path.StartsWith(root, StringComparison.Ordinal) && scope.Contains(u.Id)).ToDictionary(u => u.Id, u => u.Name);
        var initiatives = await db.PreventionInitiatives.AsNoTracking()
            .OrderBy(i => i.StartOn).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return initiatives.Where(i => wanted.ContainsKey(i.UnitId)).Select(i => Initiatives.ToDto(i, wanted[i.UnitId])).ToList();
    }
}

namespace AbsenceCases.Application.Common.Security;

internal sealed class UserScopeProvider(IApplicationDbContext db, ICurrentUser user) : IUserScopeProvider
{
    private UnitScope? _scope;

    public async Task<UnitScope> GetScopeAsync(CancellationToken cancellationToken) =>
        _scope ??= await ResolveAsync(cancellationToken);

    private async Task<UnitScope> ResolveAsync(CancellationToken cancellationToken)
    {
        if (user.IsInRole(Roles.Hr) || user.IsInRole(Roles.Admin))
        {
            return UnitScope.Everything;
        }

        var roots = new List<int>();
        if (user.Id is { } userId && user.IsInRole(Roles.Manager))
        {
            roots.AddRange(await db.UnitManagers
                .Where(m => m.UserId == userId)
                .Select(m => m.UnitId)
                .ToListAsync(cancellationToken));
        }

        if (user.Id is { } memberId && user.IsInRole(Roles.Coordinator))
        {
            roots.AddRange(await db.CoordinationGroups
                .Where(g => g.Members.Any(m => m.UserId == memberId))
                .SelectMany(g => g.Workplaces.Select(w => w.UnitId))
                .ToListAsync(cancellationToken));
        }

        if (roots.Count == 0)
        {
            return UnitScope.Of([]);
        }

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Path }).ToListAsync(cancellationToken);
        var rootPaths = units.Where(u => roots.Contains(u.Id)).Select(u => u.Path).ToList();
        return UnitScope.Of(units
            .Where(u => rootPaths.Any(root => u.Path.StartsWith(root, StringComparison.Ordinal)))
            .Select(u => u.Id));
    }
}

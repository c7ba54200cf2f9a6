using AbsenceCases.Application.Organisation;

namespace AbsenceCases.Application.Common.Security;

internal sealed class UserScopeProvider(IApplicationDbContext db, ICurrentUser user, MunicipalClock clock, PolicySettings policy)
    : IUserScopeProvider
{
    private UnitScope? _scope;

    public async Task<UnitScope> GetScopeAsync(CancellationToken cancellationToken) =>
        _scope ??= await ResolveAsync(cancellationToken);

    public async Task<EmployeeScope> GetEmployeeScopeAsync(CancellationToken cancellationToken) =>
        new(await GetScopeAsync(cancellationToken), clock.Today, policy.ScopeAfterLeavingDays);

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

        return UnitScope.Of(await db.SubtreeIdsAsync(roots, cancellationToken));
    }
}

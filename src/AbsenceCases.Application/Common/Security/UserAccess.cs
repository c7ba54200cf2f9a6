using AbsenceCases.Application.Cases.Queries;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application.Common.Security;

/// <summary>Asks the caller's own scope provider, as if the other user were calling; a blocked user may read nothing.</summary>
internal sealed class UserAccess(IServiceProvider services, IUserDirectory directory, IApplicationDbContext db) : IUserAccess
{
    public async Task<bool> MayReadCaseAsync(string userId, Guid caseId, CancellationToken cancellationToken)
    {
        var roles = await directory.RolesOfAsync(userId, cancellationToken);
        if (roles is null || !RequestPermissions.Allows(typeof(GetCase), roles.Contains) ||
            (await directory.BlockedIdsAsync(cancellationToken)).Contains(userId))
        {
            return false;
        }

        var scopes = ActivatorUtilities.CreateInstance<UserScopeProvider>(services, new OtherUser(userId, roles));
        var scope = await scopes.GetEmployeeScopeAsync(cancellationToken);
        return await scope.Filter(db.Cases.Where(c => c.Id == caseId), db.Employees).AnyAsync(cancellationToken);
    }

    private sealed class OtherUser(string id, IReadOnlyCollection<string> roles) : ICurrentUser
    {
        public string? Id => id;

        public string Name => id;

        public bool IsInRole(string role) => roles.Contains(role);
    }
}

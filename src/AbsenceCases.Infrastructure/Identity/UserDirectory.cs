namespace AbsenceCases.Infrastructure.Identity;

internal sealed class UserDirectory(ApplicationDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyList<UserContact>> InRoleAsync(string role, CancellationToken cancellationToken)
    {
        var normalized = role.ToUpperInvariant();
        return await (
                from user in db.Users
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join r in db.Roles on userRole.RoleId equals r.Id
                where r.NormalizedName == normalized
                orderby user.Id
                select new UserContact(user.Id, user.DisplayName, user.Email))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, UserContact>> ByIdsAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken) =>
        await db.Users.Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new UserContact(u.Id, u.DisplayName, u.Email), cancellationToken);

    public async Task<IReadOnlySet<string>> BlockedIdsAsync(CancellationToken cancellationToken) =>
        (await db.Users.Where(u => u.LockoutEnd != null).Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken))
        .Where(u => Blocking.IsBlocked(u.LockoutEnd))
        .Select(u => u.Id)
        .ToHashSet();

    public async Task<IReadOnlyList<string>?> RolesOfAsync(string userId, CancellationToken cancellationToken)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId, cancellationToken))
        {
            return null;
        }

        return await (
                from userRole in db.UserRoles
                join role in db.Roles on userRole.RoleId equals role.Id
                where userRole.UserId == userId
                select role.Name!)
            .ToListAsync(cancellationToken);
    }
}

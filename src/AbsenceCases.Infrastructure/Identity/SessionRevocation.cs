namespace AbsenceCases.Infrastructure.Identity;

/// <summary>A new security stamp on the tracked users, so it is saved in one transaction with the change of access.</summary>
internal sealed class SessionRevocation(ApplicationDbContext db) : ISessionRevocation
{
    public async Task RevokeAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        foreach (var user in await db.Users.Where(u => userIds.Contains(u.Id)).ToListAsync(cancellationToken))
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N");
        }
    }
}

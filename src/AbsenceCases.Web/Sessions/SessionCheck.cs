using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// A signed-in session, by token or cookie, counts only while the user's security stamp is still the one signed in
/// with and its session record has not ended. The database is asked on every request (one indexed query, answered once
/// per request), so a logout, a block, a change of access or a new password ends the session at once, on every instance.
/// A principal without a session record (the identity provider's access tokens) is judged by its stamp alone.
/// </summary>
public sealed class SessionCheck(ApplicationDbContext db, IOptions<IdentityOptions> identity)
{
    private (ClaimsPrincipal Principal, bool Current)? _answered;

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (_answered is { } answered && ReferenceEquals(answered.Principal, principal))
        {
            return answered.Current;
        }

        var current = await AskAsync(principal, cancellationToken);
        _answered = (principal, current);
        return current;
    }

    private async Task<bool> AskAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var user = db.Users.Where(u => u.Id == userId && u.SecurityStamp == stamp);
        return SessionClaim.Of(principal) is { } sessionId
            ? await user.AnyAsync(u => db.UserSessions.Any(s => s.Id == sessionId && s.UserId == u.Id && s.EndedAt == null), cancellationToken)
            : await user.AnyAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.Extensions.Options;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// The API's sessions: a short-lived access token (the bearer scheme's format) and a server-side refresh token,
/// rotated on every use. The refresh tokens' family is the session record, and the access token names it, so ending
/// the session ends both.
/// </summary>
public sealed class SessionTokens(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    RefreshTokens refreshTokens,
    SessionRecords sessions,
    IdentityAudit audit,
    ApplicationDbContext db,
    TimeProvider time)
{
    public async Task<AccessTokenResponse> StartAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var session = sessions.Start(user);
        audit.Record(IdentityAudit.SignIn, user, allowed: true);
        return await IssueAsync(user, session.Id, session.EndsAt, cancellationToken);
    }

    /// <summary>
    /// The next token pair for a valid refresh token, else null. A token used before ends its session: either the
    /// thief or the owner holds the newer one, and neither may go on.
    /// </summary>
    public async Task<AccessTokenResponse?> RefreshAsync(string token, CancellationToken cancellationToken)
    {
        if (await refreshTokens.FindAsync(token, cancellationToken) is not { } stored)
        {
            return null;
        }

        var user = await users.FindByIdAsync(stored.UserId);
        if (stored.UsedAt is not null)
        {
            await sessions.EndAsync(stored.FamilyId, cancellationToken);
            audit.Record(IdentityAudit.RefreshTokenReuse, user, allowed: false);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        if (user is null || !stored.IsActive(time.GetUtcNow()) || user.SecurityStamp != stored.SecurityStamp)
        {
            return null;
        }

        stored.MarkUsed(time.GetUtcNow());
        audit.Record(IdentityAudit.TokenRefresh, user, allowed: true);
        return await IssueAsync(user, stored.FamilyId, stored.SessionEndsAt, cancellationToken);
    }

    /// <summary>Ends the caller's session on the server (its cookie or access token, and its refresh tokens) and in the browser.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (SessionClaim.Of(principal) is { } session)
        {
            await sessions.EndAsync(session, cancellationToken);
        }

        audit.Record(IdentityAudit.SignOut, await users.GetUserAsync(principal), allowed: true);
        await db.SaveChangesAsync(cancellationToken);
        await signIn.Context.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private async Task<AccessTokenResponse> IssueAsync(ApplicationUser user, Guid sessionId, DateTimeOffset sessionEndsAt, CancellationToken cancellationToken)
    {
        var refreshToken = refreshTokens.Issue(user, sessionId, sessionEndsAt);
        await db.SaveChangesAsync(cancellationToken);

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(SessionClaim.For(sessionId));
        var options = bearerOptions.Get(IdentityConstants.BearerScheme);
        var now = time.GetUtcNow();
        var expires = now + options.BearerTokenExpiration < sessionEndsAt ? now + options.BearerTokenExpiration : sessionEndsAt;
        var ticket = new AuthenticationTicket(
            principal, new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = expires }, IdentityConstants.BearerScheme);
        return new AccessTokenResponse
        {
            AccessToken = options.BearerTokenProtector.Protect(ticket),
            ExpiresIn = (long)(expires - now).TotalSeconds,
            RefreshToken = refreshToken,
        };
    }
}

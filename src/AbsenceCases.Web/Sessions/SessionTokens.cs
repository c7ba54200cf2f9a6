using System.Security.Claims;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// The API's sessions: a short-lived access token (the bearer scheme's format) and a server-side refresh token,
/// rotated on every use. The access token names its refresh-token family, so revoking the family ends it too.
/// </summary>
public sealed class SessionTokens(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    RefreshTokens refreshTokens,
    IdentityAudit audit,
    ApplicationDbContext db,
    TimeProvider time)
{
    public const string FamilyClaim = "session_family";

    public static Guid? FamilyOf(ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirstValue(FamilyClaim), out var family) ? family : null;

    public async Task<AccessTokenResponse> StartAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        await refreshTokens.DeleteEndedAsync(cancellationToken);
        audit.Record(IdentityAudit.SignIn, user, allowed: true);
        return await IssueAsync(user, Guid.CreateVersion7(), time.GetUtcNow() + SessionLimits.Absolute, cancellationToken);
    }

    /// <summary>
    /// The next token pair for a valid refresh token, else null. A token used before revokes its whole family:
    /// either the thief or the owner holds the newer one, and neither may go on.
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
            await refreshTokens.RevokeFamilyAsync(stored.FamilyId, cancellationToken);
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

    /// <summary>Ends the caller's session: the refresh-token family of a bearer token, and the cookie.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (FamilyOf(principal) is { } family)
        {
            await refreshTokens.RevokeFamilyAsync(family, cancellationToken);
        }

        audit.Record(IdentityAudit.SignOut, await users.GetUserAsync(principal), allowed: true);
        await db.SaveChangesAsync(cancellationToken);
        await signIn.Context.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    private async Task<AccessTokenResponse> IssueAsync(ApplicationUser user, Guid familyId, DateTimeOffset sessionEndsAt, CancellationToken cancellationToken)
    {
        var refreshToken = refreshTokens.Issue(user, familyId, sessionEndsAt);
        await db.SaveChangesAsync(cancellationToken);

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(FamilyClaim, familyId.ToString()));
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

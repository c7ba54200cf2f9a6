using System.Collections.Concurrent;
using System.Security.Claims;
using AbsenceCases.Infrastructure.Identity;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// A signed-in session, by token or cookie, counts only while the user's security stamp is still the one signed
/// in with (and a token's refresh-token family is not revoked). What the database says is remembered per session
/// for at most <see cref="SessionLimits.Revalidation"/>, so a change of access ends the session within it.
/// </summary>
public sealed class SessionCheck(
    SessionStates states, ApplicationDbContext db, RefreshTokens refreshTokens, IOptions<IdentityOptions> identity, TimeProvider time)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return false;
        }

        var family = SessionTokens.FamilyOf(principal);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var now = time.GetUtcNow();
        // A stamp other than the one remembered is a newer sign-in (after a change of access) or an ended session: ask the database.
        if (!states.TryGet(userId, family, now, out var state) || state.Stamp != stamp)
        {
            state = new SessionState(
                await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleOrDefaultAsync(cancellationToken),
                family is { } id && await refreshTokens.IsFamilyRevokedAsync(id, cancellationToken),
                now);
            states.Remember(userId, family, state);
        }

        return state.Stamp is not null && state.Stamp == stamp && !state.FamilyRevoked;
    }
}

/// <summary>After authentication: a request whose session is no longer current goes on as anonymous, and is challenged like one.</summary>
public sealed class SessionRevalidation(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, SessionCheck sessions)
    {
        if (context.User.Identity?.IsAuthenticated == true && !await sessions.IsCurrentAsync(context.User, context.RequestAborted))
        {
            // A new user clears the authentication result, so authorization challenges (401) rather than forbids.
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context);
    }
}

public sealed record SessionState(string? Stamp, bool FamilyRevoked, DateTimeOffset ReadAt);

/// <summary>What the database said of each session lately; shared by the requests of one instance.</summary>
public sealed class SessionStates
{
    private readonly ConcurrentDictionary<(string UserId, Guid? Family), SessionState> _states = new();
    private DateTimeOffset _prunedAt;

    public bool TryGet(string userId, Guid? family, DateTimeOffset now, out SessionState state)
    {
        if (_states.TryGetValue((userId, family), out state!) && now - state.ReadAt < SessionLimits.Revalidation)
        {
            return true;
        }

        _states.TryRemove((userId, family), out _);
        return false;
    }

    /// <summary>Remembers the state read now, and forgets, once a minute, the sessions not seen for a minute.</summary>
    public void Remember(string userId, Guid? family, SessionState state)
    {
        _states[(userId, family)] = state;
        if (state.ReadAt - _prunedAt < SessionLimits.Revalidation)
        {
            return;
        }

        _prunedAt = state.ReadAt;
        foreach (var (key, old) in _states)
        {
            if (state.ReadAt - old.ReadAt >= SessionLimits.Revalidation)
            {
                _states.TryRemove(key, out _);
            }
        }
    }
}

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>Starts and ends the server's record of each sign-in; an ended session's refresh tokens are revoked with it.</summary>
public sealed class SessionRecords(ApplicationDbContext db, TimeProvider time) : ISessionRecords
{
    /// <summary>Adds the record of a new sign-in (unsaved).</summary>
    public UserSession Start(ApplicationUser user)
    {
        var now = time.GetUtcNow();
        return db.UserSessions.Add(new UserSession(Guid.CreateVersion7(), user.Id, now, now + SessionLimits.Absolute)).Entity;
    }

    /// <summary>Ends the session and revokes its refresh tokens (unsaved).</summary>
    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await db.UserSessions.FindAsync([sessionId], cancellationToken) is { } session)
        {
            session.End(now);
        }

        foreach (var token in await db.RefreshTokens.Where(t => t.FamilyId == sessionId && t.RevokedAt == null).ToListAsync(cancellationToken))
        {
            token.Revoke(now);
        }
    }

    public async Task<EndedSessionsDeleted> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var refreshTokens = await db.RefreshTokens.Where(t => t.SessionEndsAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        var sessions = await db.UserSessions.Where(s => s.EndsAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return new EndedSessionsDeleted(sessions, refreshTokens);
    }
}

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>
/// One refresh token of a session, stored only as its hash. Every use gives a new token of the same family and
/// marks this one used; a used token presented again means it was stolen, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken(
    string userId, Guid familyId, string tokenHash, string securityStamp, DateTimeOffset issuedAt, DateTimeOffset expiresAt, DateTimeOffset sessionEndsAt)
{
    public long Id { get; private set; }

    public string UserId { get; private set; } = userId;

    /// <summary>The session (<see cref="UserSession.Id"/>): every token rotated from the one issued at sign-in.</summary>
    public Guid FamilyId { get; private set; } = familyId;

    public string TokenHash { get; private set; } = tokenHash;

    /// <summary>The user's security stamp at issue: a block, a role or scope change or a new password ends the session.</summary>
    public string SecurityStamp { get; private set; } = securityStamp;

    public DateTimeOffset IssuedAt { get; private set; } = issuedAt;

    /// <summary>When the token lapses unused: the session's idle limit.</summary>
    public DateTimeOffset ExpiresAt { get; private set; } = expiresAt;

    /// <summary>The session's absolute end, the same for the whole family.</summary>
    public DateTimeOffset SessionEndsAt { get; private set; } = sessionEndsAt;

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => UsedAt is null && RevokedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

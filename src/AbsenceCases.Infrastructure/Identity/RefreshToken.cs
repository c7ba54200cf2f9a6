namespace AbsenceCases.Infrastructure.Identity;

/// <summary>
/// One refresh token of a session, stored only as its hash. Every use gives a new token of the same family and
/// marks this one used; a used token presented again means it was stolen, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    private RefreshToken()
    {
        UserId = TokenHash = SecurityStamp = string.Empty;
    }

    public RefreshToken(string userId, Guid familyId, string tokenHash, string securityStamp, DateTimeOffset issuedAt, DateTimeOffset expiresAt, DateTimeOffset sessionEndsAt)
    {
        UserId = userId;
        FamilyId = familyId;
        TokenHash = tokenHash;
        SecurityStamp = securityStamp;
        IssuedAt = issuedAt;
        ExpiresAt = expiresAt;
        SessionEndsAt = sessionEndsAt;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    /// <summary>The session (<see cref="UserSession.Id"/>): every token rotated from the one issued at sign-in.</summary>
    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; }

    /// <summary>The user's security stamp at issue: a block, a role or scope change or a new password ends the session.</summary>
    public string SecurityStamp { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>When the token lapses unused: the session's idle limit.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>The session's absolute end, the same for the whole family.</summary>
    public DateTimeOffset SessionEndsAt { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive(DateTimeOffset now) => UsedAt is null && RevokedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset now) => UsedAt = now;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}

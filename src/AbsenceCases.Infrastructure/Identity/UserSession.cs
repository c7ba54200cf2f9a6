namespace AbsenceCases.Infrastructure.Identity;

/// <summary>
/// One sign-in, by cookie or by token, as the server knows it: its id travels in the cookie and in every access
/// token, and a session ended here (logout, a reused refresh token) is refused from the next request on.
/// </summary>
public sealed class UserSession(Guid id, string userId, DateTimeOffset startedAt, DateTimeOffset endsAt)
{
    /// <summary>Also the family of the session's refresh tokens.</summary>
    public Guid Id { get; private set; } = id;

    public string UserId { get; private set; } = userId;

    public DateTimeOffset StartedAt { get; private set; } = startedAt;

    /// <summary>The absolute end, however busy the session.</summary>
    public DateTimeOffset EndsAt { get; private set; } = endsAt;

    public DateTimeOffset? EndedAt { get; private set; }

    public void End(DateTimeOffset now) => EndedAt ??= now;
}

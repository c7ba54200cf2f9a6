namespace AbsenceCases.Application.Retention;

/// <summary>
/// Where each retention period ends on a given day: a case closed, or an employment ended, on or before
/// <see cref="EndedOnOrBefore"/> has had its <see cref="PolicySettings.RetentionYears"/>; an inbox item or an
/// idempotency record created before its cutoff is older than a year, or than seven days; a signed-in session whose
/// absolute end lies before <see cref="SessionsEndedBefore"/> ended more than a day ago.
/// </summary>
public sealed record RetentionCutoffs(
    DateOnly EndedOnOrBefore, DateTimeOffset InboxItemsBefore, DateTimeOffset IdempotencyRecordsBefore, DateTimeOffset SessionsEndedBefore)
{
    public static readonly TimeSpan InboxItemLifetime = TimeSpan.FromDays(365);

    public static readonly TimeSpan IdempotencyRecordLifetime = TimeSpan.FromDays(7);

    /// <summary>An ended session's record and refresh tokens stay this long, so that a stolen token used late is still recognised and audited.</summary>
    public static readonly TimeSpan EndedSessionLifetime = TimeSpan.FromDays(1);

    public static RetentionCutoffs On(DateTimeOffset now, DateOnly today, PolicySettings policy) =>
        new(today.AddYears(-policy.RetentionYears), now - InboxItemLifetime, now - IdempotencyRecordLifetime, now - EndedSessionLifetime);
}

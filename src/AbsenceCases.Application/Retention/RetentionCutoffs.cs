using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Application.Retention;

/// <summary>
/// Where each retention period ends on a given day: a case closed, or an employment ended, on or before
/// <see cref="EndedOnOrBefore"/> has had its <see cref="PolicySettings.RetentionYears"/>; an inbox item or an
/// idempotency record created before its cutoff is older than a year, or than seven days.
/// </summary>
public sealed record RetentionCutoffs(DateOnly EndedOnOrBefore, DateTimeOffset InboxItemsBefore, DateTimeOffset IdempotencyRecordsBefore)
{
    public static readonly TimeSpan InboxItemLifetime = TimeSpan.FromDays(365);

    public static readonly TimeSpan IdempotencyRecordLifetime = TimeSpan.FromDays(7);

    public static RetentionCutoffs On(DateTimeOffset now, DateOnly today, PolicySettings policy) =>
        new(today.AddYears(-policy.RetentionYears), now - InboxItemLifetime, now - IdempotencyRecordLifetime);
}

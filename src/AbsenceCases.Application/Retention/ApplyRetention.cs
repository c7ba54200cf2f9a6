using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Statistics.Facts;

namespace AbsenceCases.Application.Retention;

/// <summary>
/// The nightly retention job (DESIGN.md § 9): closed cases whose retention period is over are anonymised with what
/// was written about them elsewhere, and so are employees who left before it and have no case left that is not
/// anonymised; inbox items older than a year, idempotency records older than seven days and audit rows older than the
/// audit's own retention period are deleted, and so are the records and refresh tokens of sessions that ended more than a
/// day ago, and the statistics' change feed as far as no instance still needs it.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ApplyRetention : IRequest<JobResult>;

public sealed class ApplyRetentionHandler(
    IApplicationDbContext db, ICurrentUser user, MunicipalClock clock, DeadlinePolicy policy, AuditLogRetention auditLog,
    ISessionRecords sessions, IStatisticsChangeFeed statisticsChanges)
    : IRequestHandler<ApplyRetention, JobResult>
{
    public async Task<JobResult> Handle(ApplyRetention request, CancellationToken cancellationToken)
    {
        var stamp = clock.Stamp(user);
        var cutoffs = RetentionCutoffs.On(stamp.At, stamp.Today, policy.Settings);
        var endedSessions = await sessions.DeleteEndedBeforeAsync(cutoffs.SessionsEndedBefore, cancellationToken);
        var counts = new Dictionary<string, int>
        {
            ["cases"] = await ClosedCaseAnonymisation.RunAsync(db, stamp, cutoffs.EndedOnOrBefore, cancellationToken),
            ["employees"] = await LeaverAnonymisation.RunAsync(db, stamp, cutoffs.EndedOnOrBefore, cancellationToken),
            ["inboxItems"] = await ExpiredRecords.DeleteInboxItemsAsync(db, cutoffs, cancellationToken),
            ["idempotencyRecords"] = await ExpiredRecords.DeleteIdempotencyRecordsAsync(db, cutoffs, cancellationToken),
            ["auditEntries"] = await auditLog.DeleteOldEntriesAsync(stamp, cancellationToken),
            ["sessions"] = endedSessions.Sessions,
            ["refreshTokens"] = endedSessions.RefreshTokens,
            ["statisticsChanges"] = await statisticsChanges.DeleteOldChangesAsync(stamp.At, cancellationToken),
        };
        return new JobResult(ScheduledJobs.Retention, counts);
    }
}

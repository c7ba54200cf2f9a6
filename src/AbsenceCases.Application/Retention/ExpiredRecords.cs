namespace AbsenceCases.Application.Retention;

/// <summary>Deletes the records kept only for a while: inbox items after a year, idempotency records after seven days.</summary>
internal static class ExpiredRecords
{
    public static Task<int> DeleteInboxItemsAsync(IApplicationDbContext db, RetentionCutoffs cutoffs, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.CreatedAt < cutoffs.InboxItemsBefore).ExecuteDeleteAsync(cancellationToken);

    public static Task<int> DeleteIdempotencyRecordsAsync(IApplicationDbContext db, RetentionCutoffs cutoffs, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.Where(r => r.CreatedAt < cutoffs.IdempotencyRecordsBefore).ExecuteDeleteAsync(cancellationToken);
}

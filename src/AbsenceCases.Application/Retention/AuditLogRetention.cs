using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Application.Retention;

/// <summary>
/// Deletes the audit rows older than Policy:AuditRetentionYears, and audits that it did. The database refuses to delete
/// an audit row unless a retention window covers it, so the window is opened and closed again in the same transaction:
/// no other transaction ever sees it open.
/// </summary>
public sealed class AuditLogRetention(IApplicationDbContext db, DeadlinePolicy policy)
{
    public async Task<int> DeleteOldEntriesAsync(ActionStamp stamp, CancellationToken cancellationToken)
    {
        var cutoff = stamp.At.AddYears(-policy.Settings.AuditRetentionYears);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var window = db.AuditRetentionWindows.Add(new AuditRetentionWindow(cutoff)).Entity;
        await db.SaveChangesAsync(cancellationToken);

        await db.AuditSubjects.Where(s => db.AuditEntries.Any(a => a.Id == s.AuditEntryId && a.At < cutoff)).ExecuteDeleteAsync(cancellationToken);
        var deleted = await db.AuditEntries.Where(a => a.At < cutoff).ExecuteDeleteAsync(cancellationToken);

        db.AuditRetentionWindows.Remove(window);
        db.AuditEntries.Add(AuditEntry.Change(
            stamp.At, stamp.UserId, stamp.UserName, "DeleteOldAuditEntries", null, $"{deleted} rows from before {cutoff:O}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return deleted;
    }
}

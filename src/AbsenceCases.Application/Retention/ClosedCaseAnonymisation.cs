using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Application.Retention;

/// <summary>
/// Anonymises the closed cases whose retention period is over, and with each what was written about it elsewhere:
/// the coordination group's review notes, the inbox items, the record of who was reminded and the e-mails. One transaction per run; each case audited.
/// </summary>
internal static class ClosedCaseAnonymisation
{
    public static async Task<int> RunAsync(IApplicationDbContext db, ActionStamp stamp, DateOnly closedOnOrBefore, CancellationToken cancellationToken)
    {
        var cases = await db.Cases
            .Include(c => c.Conversations).Include(c => c.DocumentationRequests).Include(c => c.History)
            .Include(c => c.PreventionPlan!).ThenInclude(p => p.Measures)
            .Where(c => c.Status == CaseStatus.Closed && c.AnonymisedOn == null && c.ClosedOn <= closedOnOrBefore)
            .ToListAsync(cancellationToken);
        if (cases.Count == 0)
        {
            return 0;
        }

        var caseIds = cases.Select(c => c.Id).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var @case in cases)
        {
            @case.Anonymise(stamp);
            db.AuditEntries.Add(new AuditEntry(stamp.At, stamp.UserId, stamp.UserName, "AnonymiseCase", @case.Id, @case.EmployeeId, allowed: true));
        }

        var reviews = await db.CoordinationReviews.Include(r => r.Items)
            .Where(r => r.Items.Any(i => caseIds.Contains(i.CaseId)))
            .ToListAsync(cancellationToken);
        foreach (var review in reviews)
        {
            caseIds.ForEach(review.RemoveNotesAbout);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Notifications.Where(n => n.CaseId != null && caseIds.Contains(n.CaseId.Value)).ExecuteDeleteAsync(cancellationToken);
        await db.Reminders.Where(r => caseIds.Contains(r.CaseId)).ExecuteDeleteAsync(cancellationToken);
        foreach (var caseId in caseIds)
        {
            // An e-mail names no employee, but its link tells which case it was about.
            var link = $"/cases/{caseId}";
            await db.EmailMessages.Where(m => m.Body.Contains(link)).ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return cases.Count;
    }
}

using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Application.Retention;

/// <summary>
/// Anonymises the employees whose last employment ended before the retention period and who have no case left
/// that is not anonymised; each audited. The person's own account no longer reads the anonymised record.
/// </summary>
internal static class LeaverAnonymisation
{
    public static async Task<int> RunAsync(IApplicationDbContext db, ActionStamp stamp, DateOnly endedOnOrBefore, CancellationToken cancellationToken)
    {
        var leavers = await db.Employees
            .Where(e => e.Name != Anonymised.Text && e.Employments.Any() && e.Employments.All(x => x.To != null && x.To <= endedOnOrBefore))
            .Where(e => !db.Cases.Any(c => c.EmployeeId == e.Id && c.AnonymisedOn == null))
            .ToListAsync(cancellationToken);
        var ids = leavers.Select(e => e.Id).ToList();
        db.EmployeeAccounts.RemoveRange(await db.EmployeeAccounts.Where(a => ids.Contains(a.EmployeeId)).ToListAsync(cancellationToken));
        foreach (var employee in leavers)
        {
            employee.Anonymise();
            db.AuditEntries.Add(new AuditEntry(stamp.At, stamp.UserId, stamp.UserName, "AnonymiseEmployee", null, employee.Id, allowed: true));
        }

        await db.SaveChangesAsync(cancellationToken);
        return leavers.Count;
    }
}

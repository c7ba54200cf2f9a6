using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;

namespace AbsenceCases.Application.Retention;

/// <summary>
/// The nightly retention job: closed cases older than the retention period are anonymised, and so are the
/// names of employees who left before it and have no case left that is not anonymised. Each is audited. Audit rows
/// older than the audit's own retention period are deleted.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ApplyRetention : IRequest<JobResult>;

public sealed class ApplyRetentionHandler(
    IApplicationDbContext db, ICurrentUser user, MunicipalClock clock, DeadlinePolicy policy, AuditLogRetention auditLog)
    : IRequestHandler<ApplyRetention, JobResult>
{
    public async Task<JobResult> Handle(ApplyRetention request, CancellationToken cancellationToken)
    {
        var stamp = clock.Stamp(user);
        var cutoff = stamp.Today.AddYears(-policy.Settings.RetentionYears);
        var cases = await db.Cases
            .Include(c => c.Conversations).Include(c => c.History).Include(c => c.PreventionPlan!).ThenInclude(p => p.Measures)
            .Where(c => c.Status == CaseStatus.Closed && c.AnonymisedOn == null && c.ClosedOn < cutoff)
            .ToListAsync(cancellationToken);
        foreach (var @case in cases)
        {
            @case.Anonymise(stamp);
            db.AuditEntries.Add(new AuditEntry(stamp.At, stamp.UserId, stamp.UserName, "AnonymiseCase", @case.Id, @case.EmployeeId, allowed: true));
        }

        await db.SaveChangesAsync(cancellationToken);

        var leavers = await db.Employees.Include(e => e.Employments)
            .Where(e => e.Name != Anonymised.Text && e.Employments.Any() && e.Employments.All(x => x.To != null && x.To < cutoff))
            .Where(e => !db.Cases.Any(c => c.EmployeeId == e.Id && c.AnonymisedOn == null))
            .ToListAsync(cancellationToken);
        foreach (var employee in leavers)
        {
            employee.Anonymise();
            db.AuditEntries.Add(new AuditEntry(stamp.At, stamp.UserId, stamp.UserName, "AnonymiseEmployee", null, employee.Id, allowed: true));
        }

        await db.SaveChangesAsync(cancellationToken);
        var auditEntries = await auditLog.DeleteOldEntriesAsync(stamp, cancellationToken);
        return new JobResult(ScheduledJobs.Retention, new Dictionary<string, int>
        {
            ["cases"] = cases.Count, ["employees"] = leavers.Count, ["auditEntries"] = auditEntries,
        });
    }
}

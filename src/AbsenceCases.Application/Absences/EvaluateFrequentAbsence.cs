using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Application.Absences;

/// <summary>
/// The nightly frequent-absence job: evaluates the trigger for every employee with absence in the last year,
/// which also catches spells that arrived through payroll imports.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record EvaluateFrequentAbsence : IRequest<JobResult>;

public sealed class EvaluateFrequentAbsenceHandler(
    IApplicationDbContext db, ICurrentUser user, MunicipalClock clock, DeadlinePolicy policy, FrequentAbsenceTrigger trigger)
    : IRequestHandler<EvaluateFrequentAbsence, JobResult>
{
    public async Task<JobResult> Handle(EvaluateFrequentAbsence request, CancellationToken cancellationToken)
    {
        var stamp = clock.Stamp(user);
        var since = stamp.Today.AddDays(-policy.Settings.FrequentAbsenceWorkingDayWindowDays);
        var employeeIds = await db.Spells
            .Where(s => s.Type != AbsenceType.ChildIllness && (s.LastDay == null || s.LastDay >= since))
            .Select(s => s.EmployeeId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var opened = await trigger.EvaluateAsync(employeeIds, stamp, cancellationToken);
        return new JobResult(ScheduledJobs.FrequentAbsence, new Dictionary<string, int> { ["employees"] = employeeIds.Count, ["casesOpened"] = opened.Count });
    }
}

using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;

namespace AbsenceCases.Application.Absences;

/// <summary>
/// Opens a FrequentAbsence case for an employee whose pattern hits the trigger, when the employee has no open
/// case and no FrequentAbsence case was opened within the trigger's half-year window — so one pattern never
/// opens two cases. The case then carries the conversation deadline and its reminders.
/// </summary>
public sealed class FrequentAbsenceTrigger(IApplicationDbContext db, DeadlinePolicy policy, WorkingDayCalendar calendar)
{
    public async Task<IReadOnlyList<AbsenceCase>> EvaluateAsync(IReadOnlyCollection<int> employeeIds, ActionStamp stamp, CancellationToken cancellationToken)
    {
        var settings = policy.Settings;
        var today = stamp.Today;
        var since = today.AddDays(-Math.Max(settings.FrequentAbsenceWorkingDayWindowDays, settings.FrequentAbsencePeriodWindowDays) - 31);
        var spells = (await db.Spells.AsNoTracking()
                .Where(s => employeeIds.Contains(s.EmployeeId) && s.Type != AbsenceType.ChildIllness && (s.LastDay == null || s.LastDay >= since))
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.EmployeeId);
        var agreements = (await db.Section56Agreements.AsNoTracking().Where(a => employeeIds.Contains(a.EmployeeId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.EmployeeId);
        var blocked = (await db.Cases.AsNoTracking()
                .Where(c => employeeIds.Contains(c.EmployeeId))
                .Where(c => c.Status != CaseStatus.Closed ||
                            (c.Kind == CaseKind.FrequentAbsence && c.FirstDay > today.AddDays(-settings.FrequentAbsencePeriodWindowDays)))
                .Select(c => c.EmployeeId)
                .ToListAsync(cancellationToken))
            .ToHashSet();

        var opened = new List<AbsenceCase>();
        foreach (var employeeId in employeeIds.Where(id => !blocked.Contains(id) && spells[id].Any()))
        {
            var pattern = AbsencePattern.Of(spells[employeeId], agreements[employeeId], today, settings, calendar);
            if (!pattern.IsFrequent || await UnitOf(employeeId, today, cancellationToken) is not { } unitId)
            {
                continue;
            }

            var @case = AbsenceCase.OpenForFrequentAbsence(employeeId, unitId, pattern.Describe(), stamp);
            db.Cases.Add(@case);
            opened.Add(@case);
        }

        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }

    /// <summary>The unit of the employee's employment today with most hours; none when the employee has left.</summary>
    private async Task<int?> UnitOf(int employeeId, DateOnly today, CancellationToken cancellationToken) =>
        await db.Employments.Where(e => e.EmployeeId == employeeId && e.From <= today && (e.To == null || e.To >= today))
            .OrderByDescending(e => e.WeeklyHours).ThenBy(e => e.Id)
            .Select(e => (int?)e.UnitId)
            .FirstOrDefaultAsync(cancellationToken);
}

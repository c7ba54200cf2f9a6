using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Absences;

/// <summary>
/// Opens a FrequentAbsence case for an employee whose pattern hits the trigger, when the employee has no open
/// case and no FrequentAbsence case was opened within the trigger's half-year window — so one pattern never
/// opens two cases. The case then carries the conversation deadline and its reminders. It holds the write lock from
/// its first read to its commit, so two runs at once (the schedule and "run now", or two instances) open each case once.
/// The pattern is the history note of the opening, written once in the language of e-mails.
/// </summary>
public sealed class FrequentAbsenceTrigger(
    IApplicationDbContext db, DeadlinePolicy policy, WorkingDayCalendar calendar, IWriteLock writeLock, IEmailTexts texts)
{
    public async Task<IReadOnlyList<AbsenceCase>> EvaluateAsync(IReadOnlyCollection<int> employeeIds, ActionStamp stamp, CancellationToken cancellationToken)
    {
        await using var locked = await writeLock.AcquireAsync(cancellationToken);
        var opened = await OpenCases(employeeIds, stamp, cancellationToken);
        await locked.CommitAsync(cancellationToken);
        return opened;
    }

    private async Task<List<AbsenceCase>> OpenCases(IReadOnlyCollection<int> employeeIds, ActionStamp stamp, CancellationToken cancellationToken)
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

        var frequent = employeeIds.Where(id => !blocked.Contains(id) && spells[id].Any())
            .Select(id => (EmployeeId: id, Pattern: AbsencePattern.Of(spells[id], agreements[id], today, settings, calendar)))
            .Where(p => p.Pattern.IsFrequent)
            .ToList();
        var units = await UnitsOf(frequent.Select(p => p.EmployeeId).ToList(), today, cancellationToken);

        var opened = new List<AbsenceCase>();
        foreach (var (employeeId, pattern) in frequent)
        {
            if (!units.TryGetValue(employeeId, out var unitId))
            {
                continue;
            }

            var note = new MessageCode(
                AbsenceCodes.FrequentPattern, ("periods", pattern.RecentPeriods), ("days", pattern.WorkingDaysInYear), ("bradford", pattern.BradfordFactor));
            var @case = AbsenceCase.OpenForFrequentAbsence(employeeId, unitId, texts.Render(note), stamp);
            db.Cases.Add(@case);
            opened.Add(@case);
        }

        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }

    /// <summary>Per employee, the unit of the employment today with most hours; no entry when the employee has left.</summary>
    private async Task<Dictionary<int, int>> UnitsOf(IReadOnlyCollection<int> employeeIds, DateOnly today, CancellationToken cancellationToken) =>
        (await db.Employments.AsNoTracking()
            .Where(e => employeeIds.Contains(e.EmployeeId) && e.From <= today && (e.To == null || e.To >= today))
            .Select(e => new { e.Id, e.EmployeeId, e.UnitId, e.WeeklyHours })
            .ToListAsync(cancellationToken))
        .GroupBy(e => e.EmployeeId)
        .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.WeeklyHours).ThenBy(e => e.Id).First().UnitId);
}

using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Domain.Absences;

/// <summary>
/// An employee's recent absence as the frequent-absence trigger sees it (DESIGN.md section 3): absence periods
/// (contiguous spells of one type) of own illness and work injury not covered by a § 56 agreement.
/// </summary>
public sealed record AbsencePattern(int RecentPeriods, int WorkingDaysInYear, int PeriodsInYear, int WorkingDaysOfThosePeriods, bool IsFrequent)
{
    /// <summary>The Bradford factor S² × D: S periods starting in the last 365 days, D working days absent in them.</summary>
    public int BradfordFactor => PeriodsInYear * PeriodsInYear * WorkingDaysOfThosePeriods;

    public static AbsencePattern Of(
        IEnumerable<AbsenceSpell> spells, IEnumerable<Section56Agreement> agreements, DateOnly today, PolicySettings policy, WorkingDayCalendar calendar)
    {
        var covered = agreements.ToList();
        var periods = AbsencePeriod.Join(spells
                .Where(s => s.Type != AbsenceType.ChildIllness && s.FirstDay <= today)
                .Where(s => !covered.Any(a => a.Covers(s.FirstDay))))
            .ToList();
        var recentFrom = today.AddDays(-(policy.FrequentAbsencePeriodWindowDays - 1));
        var yearFrom = today.AddDays(-(policy.FrequentAbsenceWorkingDayWindowDays - 1));
        var recentPeriods = periods.Count(p => p.FirstDay >= recentFrom);
        var workingDaysInYear = periods.Sum(p => calendar.CountWorkingDays(Later(p.FirstDay, yearFrom), p.LastDayOr(today)));
        var periodsInYear = periods.Where(p => p.FirstDay >= yearFrom).ToList();
        var workingDaysOfThose = periodsInYear.Sum(p => calendar.CountWorkingDays(p.FirstDay, p.LastDayOr(today)));
        return new AbsencePattern(
            recentPeriods,
            workingDaysInYear,
            periodsInYear.Count,
            workingDaysOfThose,
            recentPeriods >= policy.FrequentAbsencePeriods || workingDaysInYear >= policy.FrequentAbsenceWorkingDays);
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}

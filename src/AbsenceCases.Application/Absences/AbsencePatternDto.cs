using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Application.Absences;

/// <summary>The frequent-absence figures of an employee, shown to those who may read the employee's cases.</summary>
public sealed record AbsencePatternDto(int RecentPeriods, int WorkingDaysInYear, int BradfordFactor, bool IsFrequent)
{
    public static AbsencePatternDto From(AbsencePattern pattern) =>
        new(pattern.RecentPeriods, pattern.WorkingDaysInYear, pattern.BradfordFactor, pattern.IsFrequent);
}

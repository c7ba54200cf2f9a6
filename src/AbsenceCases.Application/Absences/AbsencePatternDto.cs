using AbsenceCases.Application.Common.Security;
using AbsenceCases.Domain.Absences;

namespace AbsenceCases.Application.Absences;

/// <summary>The frequent-absence figures of an employee, shown only to managers, coordinators and HR.</summary>
public sealed record AbsencePatternDto(int RecentPeriods, int WorkingDaysInYear, int BradfordFactor, bool IsFrequent)
{
    public static AbsencePatternDto From(AbsencePattern pattern) =>
        new(pattern.RecentPeriods, pattern.WorkingDaysInYear, pattern.BradfordFactor, pattern.IsFrequent);

    /// <summary>The Bradford factor is for the employee's manager, the coordination group and HR (DESIGN.md section 3).</summary>
    public static bool MaySee(ICurrentUser user) =>
        user.IsInRole(Roles.Manager) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Hr);
}

using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Application.Common.Security;

/// <summary>
/// Scope is today's organisation: an employee is in scope while an employment of theirs in the scope's units covers
/// today, and for <see cref="PolicySettings.ScopeAfterLeavingDays"/> after their last employment ended. An employee
/// who moved leaves the old unit's scope the day the new employment starts. A case follows its employee: it is in
/// scope exactly while its employee is.
/// </summary>
public sealed class EmployeeScope(UnitScope units, DateOnly today, int afterLeavingDays)
{
    public UnitScope Units => units;

    public IQueryable<Employee> Filter(IQueryable<Employee> employees)
    {
        if (units.IsEverything)
        {
            return employees;
        }

        var unitIds = units.UnitIds.ToList();
        var leftOnOrAfter = today.AddDays(-afterLeavingDays);
        return employees.Where(e => e.Employments.Any(x =>
            unitIds.Contains(x.UnitId) && x.From <= today &&
            (x.To == null || x.To >= today ||
             (x.To >= leftOnOrAfter && !e.Employments.Any(later => later.From <= today && (later.To == null || later.To > x.To))))));
    }

    public IQueryable<AbsenceCase> Filter(IQueryable<AbsenceCase> cases, IQueryable<Employee> employees)
    {
        if (units.IsEverything)
        {
            return cases;
        }

        var inScope = Filter(employees).Select(e => e.Id);
        return cases.Where(c => inScope.Contains(c.EmployeeId));
    }

    /// <summary>The same rule for a unit filter: the employees of a unit's subtree today.</summary>
    public EmployeeScope Within(IEnumerable<int> subtree) => new(UnitScope.Of(subtree), today, afterLeavingDays);
}

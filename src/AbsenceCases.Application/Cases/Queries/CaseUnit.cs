using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Application.Cases.Queries;

/// <summary>
/// The unit a case is shown under follows its employee: where they belong today. The case keeps the unit of its
/// sick call for the statistics and indicators of that day.
/// </summary>
public static class CaseUnit
{
    public static int Of(AbsenceCase @case, Employee employee, DateOnly today) =>
        employee.CurrentEmployment(today)?.UnitId ?? @case.UnitId;
}

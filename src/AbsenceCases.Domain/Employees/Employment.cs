namespace AbsenceCases.Domain.Employees;

/// <summary>
/// One employment of an employee in a unit: weekly hours and the days it covers (To empty = ongoing). The payroll's
/// employment number tells concurrent employments of one employee apart (empty when the payroll names none).
/// </summary>
public sealed class Employment
{
    /// <summary>The KRL full-time week.</summary>
    public const decimal FullTimeWeeklyHours = 37m;

    private Employment()
    {
    }

    internal Employment(Employee employee, int unitId, decimal weeklyHours, DateOnly from, DateOnly? to, string? staffGroup, string? employmentNumber)
    {
        Employee = employee;
        UnitId = unitId;
        WeeklyHours = weeklyHours;
        From = from;
        To = to;
        StaffGroup = staffGroup;
        EmploymentNumber = employmentNumber;
    }

    public int Id { get; private set; }

    public int EmployeeId { get; private set; }

    public Employee? Employee { get; private set; }

    public int UnitId { get; private set; }

    public decimal WeeklyHours { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public string? StaffGroup { get; private set; }

    public string? EmploymentNumber { get; private set; }

    /// <summary>The employment fraction f = weekly hours / 37.</summary>
    public decimal Fraction => WeeklyHours / FullTimeWeeklyHours;

    public bool Covers(DateOnly day) => From <= day && (To is null || day <= To);

    public bool Matches(int unitId, decimal weeklyHours, DateOnly? to, string? staffGroup) =>
        UnitId == unitId && WeeklyHours == weeklyHours && To == to && StaffGroup == staffGroup;
}

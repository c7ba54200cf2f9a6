namespace AbsenceCases.Domain.Employees;

/// <summary>A person employed by the municipality, with one or more employments over time.</summary>
public sealed class Employee(string employeeNumber, string name)
{
    private readonly List<Employment> _employments = [];

    public int Id { get; private set; }

    public string EmployeeNumber { get; private set; } = employeeNumber;

    public string Name { get; private set; } = name;

    public IReadOnlyCollection<Employment> Employments => _employments;

    /// <summary>
    /// Removes the name and the payroll number of an employee who left long ago; the number becomes one that names
    /// nobody and is still unique. The employments and spells stay, for the statistics.
    /// </summary>
    public void Anonymise()
    {
        Name = Common.Anonymised.Text;
        EmployeeNumber = $"{Common.Anonymised.Text} {Id}";
    }

    public Employment AddEmployment(
        int unitId, decimal weeklyHours, DateOnly from, DateOnly? to, string? staffGroup, string? employmentNumber = null)
    {
        var employment = new Employment(this, unitId, weeklyHours, from, to, staffGroup, employmentNumber);
        _employments.Add(employment);
        return employment;
    }

    public void RemoveEmployment(Employment employment) => _employments.Remove(employment);

    /// <summary>
    /// The employments that cover a day, the one with most hours first; of concurrent employments with equal hours the
    /// one that started first, then the lowest employment number.
    /// </summary>
    public IEnumerable<Employment> EmploymentsOn(DateOnly day) =>
        _employments.Where(e => e.Covers(day))
            .OrderByDescending(e => e.WeeklyHours)
            .ThenBy(e => e.From)
            .ThenBy(e => e.EmploymentNumber, StringComparer.Ordinal)
            .ThenBy(e => e.Id);

    /// <summary>
    /// Where the employee belongs today: the employment covering today with most hours, else the one that ended last;
    /// none before the first employment starts.
    /// </summary>
    public Employment? CurrentEmployment(DateOnly today) =>
        EmploymentsOn(today).FirstOrDefault()
        ?? _employments.Where(e => e.From <= today).OrderByDescending(e => e.To).ThenBy(e => e.Id).FirstOrDefault();
}

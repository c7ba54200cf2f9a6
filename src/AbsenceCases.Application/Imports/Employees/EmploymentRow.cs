namespace AbsenceCases.Application.Imports.Employees;

/// <summary>
/// A well-formed row of employees.csv (one employment), with its line and the id of its known unit. The payroll's
/// employment number is empty when the file has no employment_id column or the row leaves it empty.
/// </summary>
public sealed record EmploymentRow(
    int Line,
    string Number,
    string Name,
    int UnitId,
    double WeeklyHours,
    DateOnly From,
    DateOnly? To,
    string? StaffGroup,
    string? EmploymentNumber = null)
{
    /// <summary>What a re-import finds the stored employment by, beside the employee.</summary>
    public (string? EmploymentNumber, DateOnly From) Key => (EmploymentNumber, From);

    public bool Matches(StoredEmployment stored) =>
        stored.UnitId == UnitId && stored.WeeklyHours == WeeklyHours && stored.To == To && stored.StaffGroup == StaffGroup;
}

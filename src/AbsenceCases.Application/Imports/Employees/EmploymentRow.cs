namespace AbsenceCases.Application.Imports.Employees;

/// <summary>A well-formed row of employees.csv (one employment), with its line and the id of its known unit.</summary>
public sealed record EmploymentRow(
    int Line, string Number, string Name, int UnitId, double WeeklyHours, DateOnly From, DateOnly? To, string? StaffGroup)
{
    public bool Matches(StoredEmployment stored) =>
        stored.UnitId == UnitId && stored.WeeklyHours == WeeklyHours && stored.To == To && stored.StaffGroup == StaffGroup;
}

namespace AbsenceCases.Application.Imports.Employees;

/// <summary>An employment already stored, as the employee import compares it with a row of the file.</summary>
public readonly record struct StoredEmployment(int Id, int UnitId, double WeeklyHours, DateOnly From, DateOnly? To, string? StaffGroup);

/// <summary>The employees already stored, by number, and their employments.</summary>
public interface IStoredEmployees
{
    (int Id, string Name)? Find(string employeeNumber);

    IEnumerable<StoredEmployment> EmploymentsOf(int employeeId);
}

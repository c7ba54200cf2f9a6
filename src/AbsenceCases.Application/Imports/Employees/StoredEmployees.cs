namespace AbsenceCases.Application.Imports.Employees;

/// <summary>An employment already stored, as the employee import compares it with a row of the file.</summary>
public readonly record struct StoredEmployment(
    int Id, int UnitId, double WeeklyHours, DateOnly From, DateOnly? To, string? StaffGroup, string? EmploymentNumber = null)
{
    public (string? EmploymentNumber, DateOnly From) Key => (EmploymentNumber, From);
}

/// <summary>The employees already stored, by number, and their employments.</summary>
public sealed class StoredEmployees(IReadOnlyDictionary<string, (int Id, string Name)> byNumber, ILookup<int, StoredEmployment> employments)
{
    public (int Id, string Name)? Find(string employeeNumber) => byNumber.TryGetValue(employeeNumber, out var found) ? found : null;

    public IEnumerable<StoredEmployment> EmploymentsOf(int employeeId) => employments[employeeId];
}

using AbsenceCases.Application.Imports.Employees;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>The employees already stored by number, and their employments, read compactly without tracking.</summary>
internal sealed class StoredEmployees : IStoredEmployees
{
    private readonly Dictionary<string, (int Id, string Name)> _byNumber;
    private readonly ILookup<int, StoredEmployment> _employments;

    private StoredEmployees(Dictionary<string, (int Id, string Name)> byNumber, ILookup<int, StoredEmployment> employments)
    {
        _byNumber = byNumber;
        _employments = employments;
    }

    public static async Task<StoredEmployees> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var employees = await db.Employees.AsNoTracking()
            .Select(e => new { e.EmployeeNumber, e.Id, e.Name })
            .ToDictionaryAsync(e => e.EmployeeNumber, e => (e.Id, e.Name), StringComparer.Ordinal, cancellationToken);
        var employments = await db.Employments.AsNoTracking()
            .Select(e => new { e.EmployeeId, e.Id, e.UnitId, e.WeeklyHours, e.From, e.To, e.StaffGroup })
            .ToListAsync(cancellationToken);
        return new StoredEmployees(
            employees,
            employments.ToLookup(e => e.EmployeeId, e => new StoredEmployment(e.Id, e.UnitId, (double)e.WeeklyHours, e.From, e.To, e.StaffGroup)));
    }

    public (int Id, string Name)? Find(string employeeNumber) => _byNumber.TryGetValue(employeeNumber, out var found) ? found : null;

    public IEnumerable<StoredEmployment> EmploymentsOf(int employeeId) => _employments[employeeId];
}

using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Employee numbers and the days their employments cover, for checking an absence file.</summary>
internal sealed class EmployeeDirectory
{
    private readonly Dictionary<string, int> _ids;
    private readonly ILookup<int, (DateOnly From, DateOnly? To)> _employments;

    private EmployeeDirectory(Dictionary<string, int> ids, ILookup<int, (DateOnly From, DateOnly? To)> employments)
    {
        _ids = ids;
        _employments = employments;
    }

    public static async Task<EmployeeDirectory> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var ids = await db.Employees.AsNoTracking()
            .ToDictionaryAsync(e => e.EmployeeNumber, e => e.Id, StringComparer.Ordinal, cancellationToken);
        var employments = await db.Employments.AsNoTracking()
            .Select(e => new { e.EmployeeId, e.From, e.To })
            .ToListAsync(cancellationToken);
        return new EmployeeDirectory(ids, employments.ToLookup(e => e.EmployeeId, e => (e.From, e.To)));
    }

    public int? IdOf(string employeeNumber) => _ids.TryGetValue(employeeNumber, out var id) ? id : null;

    public bool IsEmployedOn(int employeeId, DateOnly day)
    {
        foreach (var (from, to) in _employments[employeeId])
        {
            if (from <= day && (to is null || day <= to))
            {
                return true;
            }
        }

        return false;
    }
}

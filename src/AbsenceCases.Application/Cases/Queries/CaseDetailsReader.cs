using AbsenceCases.Domain.Employees;
using AutoMapper;

namespace AbsenceCases.Application.Cases.Queries;

/// <summary>
/// A loaded case as its readers see it today: the employee, the unit the employee belongs to, the days absent and the
/// deadlines. The permitted actions and the absence pattern depend on who reads, and are added by the use case.
/// </summary>
public sealed class CaseDetailsReader(IApplicationDbContext db, IMapper mapper, MunicipalClock clock, DeadlinePolicy policy)
{
    public async Task<CaseDetails> ReadAsync(AbsenceCase @case, CancellationToken cancellationToken) =>
        await ReadAsync(@case, await EmployeeAsync(@case.EmployeeId, cancellationToken), cancellationToken);

    /// <summary>Reads a case of an employee the caller has loaded with its employments, as when reading several of one person's cases.</summary>
    public async Task<CaseDetails> ReadAsync(AbsenceCase @case, Employee employee, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var unitId = CaseUnit.Of(@case, employee, today);
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        return mapper.Map<CaseDetails>(@case) with
        {
            Employee = new EmployeeRef(employee.Id, employee.EmployeeNumber, employee.Name),
            UnitId = unitId,
            UnitName = unitName,
            DaysAbsent = @case.DaysAbsent(today),
            Deadlines = mapper.Map<List<DeadlineDto>>(policy.DeadlinesOf(@case, today)),
        };
    }

    public Task<Employee> EmployeeAsync(int employeeId, CancellationToken cancellationToken) =>
        db.Employees.AsNoTracking().Include(e => e.Employments).SingleAsync(e => e.Id == employeeId, cancellationToken);
}

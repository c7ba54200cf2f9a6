using AbsenceCases.Application.Absences;
using AutoMapper;

namespace AbsenceCases.Application.Organisation;

/// <summary>One employee with employments, the absence pattern and — for those who may register them — § 56 agreements.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetEmployee(int Id) : IRequest<EmployeeDetails>, IEmployeeRequest
{
    public int? EmployeeId => Id;

    public string? EmployeeNumber => null;

    bool IEmployeeRequest.NamesEmployeeInBody => false;
}

/// <summary>The employee, with the employments covering today (concurrent ones, the one with most hours first).</summary>
public sealed record EmployeeDetails(
    EmployeeDto Employee,
    IReadOnlyList<EmploymentDto> EmploymentsToday,
    IReadOnlyList<Section56AgreementDto> Section56Agreements,
    AbsencePatternDto? AbsencePattern);

public sealed class GetEmployeeHandler(IApplicationDbContext db, IMapper mapper, ICurrentUser user, MunicipalClock clock, AbsencePatterns patterns)
    : IRequestHandler<GetEmployee, EmployeeDetails>
{
    public async Task<EmployeeDetails> Handle(GetEmployee query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var employee = await db.Employees.AsNoTracking().Include(e => e.Employments).SingleAsync(e => e.Id == query.Id, cancellationToken);
        // § 56 agreements are read by those who may register them (DESIGN.md section 9), not by coordinators.
        var agreements = RequestPermissions.Allows<RegisterSection56Agreement>(user)
            ? await db.Section56Agreements.AsNoTracking()
                .Where(a => a.EmployeeId == query.Id).OrderBy(a => a.ValidFrom).ToListAsync(cancellationToken)
            : [];
        var pattern = AbsencePatternDto.From(await patterns.OfAsync(query.Id, today, cancellationToken));
        return new EmployeeDetails(
            mapper.Map<EmployeeDto>(employee),
            mapper.Map<List<EmploymentDto>>(employee.EmploymentsOn(today)),
            agreements.Select(a => Section56AgreementDto.From(a, today)).ToList(),
            pattern);
    }
}

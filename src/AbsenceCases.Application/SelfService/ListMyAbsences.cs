using AbsenceCases.Application.Absences;
using AbsenceCases.Application.Cases.Queries;
using AutoMapper;

namespace AbsenceCases.Application.SelfService;

/// <summary>The employee's own employments, absence spells and § 56 agreements.</summary>
[Authorize(Roles.Employee)]
public sealed record ListMyAbsences : IRequest<MyAbsences>, IAuditedRequest;

public sealed record MyAbsences(
    EmployeeRef Employee, IReadOnlyList<MyEmployment> Employments, IReadOnlyList<SpellDto> Spells, IReadOnlyList<Section56AgreementDto> Section56Agreements)
    : IEmployeesResponse
{
    IReadOnlyList<int> IEmployeesResponse.EmployeeIds => [Employee.Id];
}

public sealed record MyEmployment(string UnitName, decimal WeeklyHours, DateOnly From, DateOnly? To);

public sealed class ListMyAbsencesHandler(IApplicationDbContext db, OwnEmployee own, IMapper mapper, MunicipalClock clock)
    : IRequestHandler<ListMyAbsences, MyAbsences>
{
    public async Task<MyAbsences> Handle(ListMyAbsences request, CancellationToken cancellationToken)
    {
        var id = await own.IdAsync(cancellationToken);
        var employee = await db.Employees.AsNoTracking().SingleAsync(e => e.Id == id, cancellationToken);
        var employments = await (from employment in db.Employments.AsNoTracking()
                                 join unit in db.Units on employment.UnitId equals unit.Id
                                 where employment.EmployeeId == id
                                 orderby employment.From descending
                                 select new MyEmployment(unit.Name, employment.WeeklyHours, employment.From, employment.To))
            .ToListAsync(cancellationToken);
        var spells = await db.Spells.AsNoTracking().Where(s => s.EmployeeId == id).OrderByDescending(s => s.FirstDay).ToListAsync(cancellationToken);
        var agreements = await db.Section56Agreements.AsNoTracking().Where(a => a.EmployeeId == id).OrderBy(a => a.ValidFrom).ToListAsync(cancellationToken);
        return new MyAbsences(
            new EmployeeRef(employee.Id, employee.EmployeeNumber, employee.Name),
            employments,
            mapper.Map<List<SpellDto>>(spells),
            agreements.Select(a => Section56AgreementDto.From(a, clock.Today)).ToList());
    }
}

using AbsenceCases.Application.Absences;
using AutoMapper;

namespace AbsenceCases.Application.Cases.Queries;

/// <summary>One case with its spells, deadlines, permitted actions, history, conversations and plan.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetCase(Guid CaseId) : IRequest<CaseDetails>, ICaseRequest;

public sealed class GetCaseHandler(
    IApplicationDbContext db, IMapper mapper, MunicipalClock clock, DeadlinePolicy policy, ICurrentUser user, AbsencePatterns patterns)
    : IRequestHandler<GetCase, CaseDetails>
{
    public async Task<CaseDetails> Handle(GetCase query, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().WithWorkflowData().Include(c => c.History)
                        .SingleOrDefaultAsync(c => c.Id == query.CaseId, cancellationToken)
                    ?? throw new NotFoundException(RefusalCodes.NotFound.Case, query.CaseId);
        var today = clock.Today;
        var employee = await db.Employees.AsNoTracking().Include(e => e.Employments).SingleAsync(e => e.Id == @case.EmployeeId, cancellationToken);
        var unitId = CaseUnit.Of(@case, employee, today);
        var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        return mapper.Map<CaseDetails>(@case) with
        {
            Employee = new EmployeeRef(employee.Id, employee.EmployeeNumber, employee.Name),
            UnitId = unitId,
            UnitName = unitName,
            DaysAbsent = @case.DaysAbsent(today),
            Deadlines = mapper.Map<List<DeadlineDto>>(policy.DeadlinesOf(@case, today)),
            PermittedActions = @case.PermittedTriggers(today, policy.Settings).PermittedFor(user),
            AbsencePattern = AbsencePatternDto.From(await patterns.OfAsync(@case.EmployeeId, today, cancellationToken)),
        };
    }
}

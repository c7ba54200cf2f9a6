namespace AbsenceCases.Application.Cases.Queries;

/// <summary>
/// The employee of each of the given cases that lies within the caller's scope (the others are left out), e.g.
/// to name the cases of past review meetings.
/// </summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ListCaseEmployees(IReadOnlyList<Guid>? CaseIds) : IRequest<CaseEmployeeList>, IAuditedRequest;

public sealed record CaseEmployee(Guid CaseId, EmployeeRef Employee);

public sealed record CaseEmployeeList(IReadOnlyList<CaseEmployee> Items) : ICasesResponse, IEmployeesResponse
{
    public IReadOnlyList<Guid> CaseIds => Items.Select(i => i.CaseId).ToList();

    IReadOnlyList<int> IEmployeesResponse.EmployeeIds => Items.Select(i => i.Employee.Id).ToList();
}

public sealed class ListCaseEmployeesValidator : AbstractValidator<ListCaseEmployees>
{
    public const int MaxCases = 500;

    public ListCaseEmployeesValidator() => RuleFor(q => q.CaseIds).RequiredIds(MaxCases);
}

public sealed class ListCaseEmployeesHandler(IApplicationDbContext db, IUserScopeProvider scopes) : IRequestHandler<ListCaseEmployees, CaseEmployeeList>
{
    public async Task<CaseEmployeeList> Handle(ListCaseEmployees query, CancellationToken cancellationToken)
    {
        var ids = query.CaseIds!.Distinct().ToList();
        var scope = await scopes.GetEmployeeScopeAsync(cancellationToken);
        var cases = await scope.Filter(db.Cases.AsNoTracking(), db.Employees)
            .Where(c => ids.Contains(c.Id))
            .Join(db.Employees, c => c.EmployeeId, e => e.Id, (c, e) => new CaseEmployee(c.Id, new EmployeeRef(e.Id, e.EmployeeNumber, e.Name)))
            .ToListAsync(cancellationToken);
        return new CaseEmployeeList(cases);
    }
}

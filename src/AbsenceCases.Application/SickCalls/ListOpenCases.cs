namespace AbsenceCases.Application.SickCalls;

/// <summary>The open case of each of the given employees that is in the caller's scope, so the sick-call form can mark who is already absent.</summary>
[Authorize(Roles.Manager, Roles.Hr)]
public sealed record ListOpenCases(IReadOnlyList<int>? EmployeeIds) : IRequest<OpenCaseList>, IAuditedRequest;

public sealed record OpenCase(int EmployeeId, Guid CaseId);

public sealed record OpenCaseList(IReadOnlyList<OpenCase> Items) : ICasesResponse
{
    public IReadOnlyList<Guid> CaseIds => Items.Select(i => i.CaseId).ToList();
}

public sealed class ListOpenCasesValidator : AbstractValidator<ListOpenCases>
{
    public const int MaxEmployees = 500;

    public ListOpenCasesValidator() => RuleFor(q => q.EmployeeIds).RequiredIds(MaxEmployees);
}

public sealed class ListOpenCasesHandler(IApplicationDbContext db, IUserScopeProvider scopes) : IRequestHandler<ListOpenCases, OpenCaseList>
{
    public async Task<OpenCaseList> Handle(ListOpenCases query, CancellationToken cancellationToken)
    {
        var ids = query.EmployeeIds!.Distinct().ToList();
        var scope = await scopes.GetEmployeeScopeAsync(cancellationToken);
        var open = await scope.Filter(db.Cases.AsNoTracking(), db.Employees)
            .Where(c => ids.Contains(c.EmployeeId) && c.Status != CaseStatus.Closed)
            .Select(c => new OpenCase(c.EmployeeId, c.Id))
            .ToListAsync(cancellationToken);
        return new OpenCaseList(open);
    }
}

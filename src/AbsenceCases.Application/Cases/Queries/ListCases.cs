using AbsenceCases.Application.Organisation;
using AutoMapper;

namespace AbsenceCases.Application.Cases.Queries;

/// <summary>
/// The cases within the caller's scope, filtered by state, unit subtree and whether a deadline is overdue,
/// newest first, a page at a time.
/// </summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ListCases(CaseStatus? Status, int? UnitId, bool? Overdue = null, int Page = 1, int PageSize = 50)
    : IRequest<CaseList>, IUnitFilteredRequest, IAuditedRequest, IPagedRequest;

public sealed class ListCasesValidator : AbstractValidator<ListCases>
{
    public ListCasesValidator()
    {
        Include(new PagingValidator());
        RuleFor(q => q.Status).Must(s => s is null || Enum.IsDefined(s.Value))
            .WithCode(FieldCodes.NotOneOf, ("values", Enum.GetNames<CaseStatus>()));
    }
}

public sealed class ListCasesHandler(
    IApplicationDbContext db, IUserScopeProvider scopes, IMapper mapper, MunicipalClock clock, DeadlinePolicy policy)
    : IRequestHandler<ListCases, CaseList>
{
    public async Task<CaseList> Handle(ListCases query, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetEmployeeScopeAsync(cancellationToken);
        var cases = scope.Filter(db.Cases.AsNoTracking(), db.Employees);
        if (query.UnitId is { } unitId)
        {
            cases = scope.Within(await db.SubtreeIdsAsync(unitId, cancellationToken)).Filter(cases, db.Employees);
        }

        if (query.Status == CaseStatus.Open)
        {
            cases = cases.Where(c => c.Status != CaseStatus.Closed);
        }
        else if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        var today = clock.Today;
        var ordered = cases.WithWorkflowData().OrderByDescending(c => c.FirstDay).ThenBy(c => c.Id);
        int total;
        List<AbsenceCase> page;
        if (query.Overdue is { } overdue)
        {
            // Whether a deadline is overdue is worked out per case, so this filter pages in memory.
            var matching = (await ordered.ToListAsync(cancellationToken))
                .Where(c => policy.DeadlinesOf(c, today).Any(d => d.Status == DeadlineStatus.Overdue) == overdue)
                .ToList();
            total = matching.Count;
            page = matching.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        }
        else
        {
            total = await cases.CountAsync(cancellationToken);
            page = await ordered
                .Skip((query.Page - 1) * query.PageSize)
                .Take(query.PageSize)
                .ToListAsync(cancellationToken);
        }

        var employeeIds = page.Select(c => c.EmployeeId).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking().Include(e => e.Employments)
            .Where(e => employeeIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var items = page.Select(c => new CaseSummary(
                c.Id,
                new EmployeeRef(c.EmployeeId, employees[c.EmployeeId].EmployeeNumber, employees[c.EmployeeId].Name),
                CaseUnit.Of(c, employees[c.EmployeeId], today),
                c.Status,
                c.Kind,
                c.FirstDay,
                c.DaysAbsent(today),
                mapper.Map<DeadlineDto?>(policy.NextDeadline(c, today))))
            .ToList();
        return new CaseList(items, total);
    }
}

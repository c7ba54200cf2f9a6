using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace AbsenceCases.Application.Organisation;

/// <summary>The employees in the caller's scope today, optionally those of a unit's subtree today or matching a search.</summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record ListEmployees(int? UnitId, string? Search, int Page = 1, int PageSize = 50)
    : IRequest<EmployeePage>, IUnitFilteredRequest, IAuditedRequest, IPagedRequest;

public sealed class ListEmployeesValidator : AbstractValidator<ListEmployees>
{
    public ListEmployeesValidator()
    {
        Include(new PagingValidator());
        RuleFor(q => q.Search).SingleLineText(TextLimits.Search);
    }
}

public sealed class ListEmployeesHandler(IApplicationDbContext db, IUserScopeProvider scopes, IMapper mapper)
    : IRequestHandler<ListEmployees, EmployeePage>
{
    public async Task<EmployeePage> Handle(ListEmployees query, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetEmployeeScopeAsync(cancellationToken);
        var employees = scope.Filter(db.Employees.AsNoTracking());
        if (query.UnitId is { } unitId)
        {
            employees = scope.Within(await db.SubtreeIdsAsync(unitId, cancellationToken)).Filter(employees);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLower();
            employees = employees.Where(e => e.Name.ToLower().Contains(search) || e.EmployeeNumber.ToLower().Contains(search));
        }

        var total = await employees.CountAsync(cancellationToken);
        var items = await employees
            .OrderBy(e => e.Name).ThenBy(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .ProjectTo<EmployeeDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return new EmployeePage(items, total);
    }
}

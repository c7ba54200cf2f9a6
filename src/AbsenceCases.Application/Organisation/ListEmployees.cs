using AbsenceCases.Application.Common.Security;
using AbsenceCases.Application.Common.Validation;
using AutoMapper;
using AutoMapper.QueryableExtensions;

namespace AbsenceCases.Application.Organisation;

/// <summary>Employees with an employment in the caller's scope, optionally in a unit's subtree or matching a search.</summary>
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
        var employees = db.Employees.AsNoTracking();
        var scope = await scopes.GetScopeAsync(cancellationToken);
        if (!scope.IsEverything)
        {
            var unitIds = scope.UnitIds.ToList();
            employees = employees.Where(e => e.Employments.Any(x => unitIds.Contains(x.UnitId)));
        }

        if (query.UnitId is { } unitId)
        {
            var subtree = await db.SubtreeIdsAsync(unitId, cancellationToken);
            employees = employees.Where(e => e.Employments.Any(x => subtree.Contains(x.UnitId)));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToLower();
            employees = employees.Where(e => e.Name.ToLower().Contains(search) || e.EmployeeNumber.Contains(search));
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

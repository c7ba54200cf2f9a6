using AbsenceCases.Application.Cases;
using AbsenceCases.Application.Cases.Queries;

namespace AbsenceCases.Application.SelfService;

/// <summary>The employee's own cases with deadlines, conversations, documentation and plans; never the absence pattern.</summary>
[Authorize(Roles.Employee)]
public sealed record ListMyCases : IRequest<MyCases>, IAuditedRequest;

public sealed record MyCases(int EmployeeId, IReadOnlyList<CaseDetails> Items) : ICasesResponse, IEmployeesResponse
{
    IReadOnlyList<Guid> ICasesResponse.CaseIds => Items.Select(c => c.Id).ToList();

    IReadOnlyList<int> IEmployeesResponse.EmployeeIds => [EmployeeId];
}

public sealed class ListMyCasesHandler(IApplicationDbContext db, OwnEmployee own, CaseDetailsReader reader) : IRequestHandler<ListMyCases, MyCases>
{
    public async Task<MyCases> Handle(ListMyCases request, CancellationToken cancellationToken)
    {
        var employeeId = await own.IdAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().WithWorkflowData().Include(c => c.History)
            .Where(c => c.EmployeeId == employeeId).OrderByDescending(c => c.FirstDay).ToListAsync(cancellationToken);
        var employee = await reader.EmployeeAsync(employeeId, cancellationToken);
        var items = new List<CaseDetails>(cases.Count);
        foreach (var @case in cases)
        {
            items.Add(await reader.ReadAsync(@case, employee, cancellationToken));
        }

        return new MyCases(employeeId, items);
    }
}

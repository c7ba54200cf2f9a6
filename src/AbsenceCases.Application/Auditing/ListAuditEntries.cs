namespace AbsenceCases.Application.Auditing;

/// <summary>The audit log, newest first, a page at a time: everything for HR, who/when/what for Admin. Reading it is audited too.</summary>
[Authorize(Roles.Hr, Roles.Admin)]
public sealed record ListAuditEntries(Guid? CaseId, int? EmployeeId, string? UserId, DateOnly? From, DateOnly? To, int Page = 1, int PageSize = 50)
    : IRequest<AuditPage>, IAuditFilter, IPagedRequest;

public sealed class ListAuditEntriesValidator : AbstractValidator<ListAuditEntries>
{
    public ListAuditEntriesValidator()
    {
        Include(new AuditFilterValidator());
        Include(new PagingValidator());
    }
}

public sealed class ListAuditEntriesHandler(IApplicationDbContext db, ICurrentUser user) : IRequestHandler<ListAuditEntries, AuditPage>
{
    public async Task<AuditPage> Handle(ListAuditEntries query, CancellationToken cancellationToken)
    {
        var rows = AuditEntries.Matching(db, query, user);
        var total = await rows.CountAsync(cancellationToken);
        var page = rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize);
        return new AuditPage(await AuditEntries.ToDtosAsync(page, user, cancellationToken), total);
    }
}

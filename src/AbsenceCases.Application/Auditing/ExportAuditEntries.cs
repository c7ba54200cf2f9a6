namespace AbsenceCases.Application.Auditing;

/// <summary>Every audit row of a filter, newest first, for the CSV export; as <see cref="ListAuditEntries"/> shows them to the caller.</summary>
[Authorize(Roles.Hr, Roles.Admin)]
public sealed record ExportAuditEntries(Guid? CaseId, int? EmployeeId, string? UserId, DateOnly? From, DateOnly? To)
    : IRequest<AuditExport>, IAuditFilter;

/// <summary>The rows, and whether the caller sees their case and employee ids (HR) or not (Admin).</summary>
public sealed record AuditExport(IReadOnlyList<AuditEntryDto> Rows, bool WithIds);

public sealed class ExportAuditEntriesValidator : AbstractValidator<ExportAuditEntries>
{
    public ExportAuditEntriesValidator() => Include(new AuditFilterValidator());
}

public sealed class ExportAuditEntriesHandler(IApplicationDbContext db, ICurrentUser user)
    : IRequestHandler<ExportAuditEntries, AuditExport>
{
    public async Task<AuditExport> Handle(ExportAuditEntries query, CancellationToken cancellationToken) =>
        new(await AuditEntries.ToDtosAsync(AuditEntries.Matching(db, query, user), user, cancellationToken), AuditEntries.SeesIds(user));
}

using AbsenceCases.Domain.Auditing;

namespace AbsenceCases.Application.Auditing;

/// <summary>
/// What the audit log is filtered by: a case or an employee (named by the row or among a list's ids), a user (who
/// acted, or whose access was changed) and days from and to, both included.
/// </summary>
public interface IAuditFilter : IAuditedRequest
{
    Guid? CaseId { get; }

    int? EmployeeId { get; }

    string? UserId { get; }

    DateOnly? From { get; }

    DateOnly? To { get; }
}

public sealed class AuditFilterValidator : AbstractValidator<IAuditFilter>
{
    public AuditFilterValidator()
    {
        RuleFor(f => f.UserId).SingleLineText(TextLimits.UserId);
        RuleFor(f => f.To).Must((f, to) => f.From is null || to is null || to >= f.From).WithCode(FieldCodes.BeforeFrom);
    }
}

/// <summary>The audit rows of a filter, newest first, as HR sees them or as Admin does (who, when and what only).</summary>
internal static class AuditEntries
{
    public static IQueryable<AuditEntry> Matching(IApplicationDbContext db, IAuditFilter filter, ICurrentUser user)
    {
        if (!SeesIds(user) && (filter.CaseId is not null || filter.EmployeeId is not null))
        {
            throw new ForbiddenAccessException(RefusalCodes.Access.AuditWithoutContent);
        }

        var rows = db.AuditEntries.AsNoTracking();
        if (filter.CaseId is { } caseId)
        {
            rows = rows.Where(a => a.CaseId == caseId || db.AuditSubjects.Any(s => s.AuditEntryId == a.Id && s.CaseId == caseId));
        }

        if (filter.EmployeeId is { } employeeId)
        {
            rows = rows.Where(a => a.EmployeeId == employeeId || db.AuditSubjects.Any(s => s.AuditEntryId == a.Id && s.EmployeeId == employeeId));
        }

        if (filter.UserId is { Length: > 0 } userId)
        {
            rows = rows.Where(a => a.UserId == userId || a.TargetUserId == userId);
        }

        if (filter.From is { } from)
        {
            var start = StartOf(from);
            rows = rows.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            rows = rows.Where(a => a.At < end);
        }

        return rows.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    public static async Task<List<AuditEntryDto>> ToDtosAsync(IQueryable<AuditEntry> rows, ICurrentUser user, CancellationToken cancellationToken)
    {
        var found = await rows
            .Select(a => new
            {
                Entry = a,
                CaseIds = a.Subjects.Where(s => s.CaseId != null).Select(s => s.CaseId!.Value).ToList(),
                EmployeeIds = a.Subjects.Where(s => s.EmployeeId != null).Select(s => s.EmployeeId!.Value).ToList(),
            })
            .ToListAsync(cancellationToken);
        var withIds = SeesIds(user);
        return found.Select(row =>
        {
            var a = row.Entry;
            return new AuditEntryDto(
                a.Id, a.At, a.UserId, a.UserName, a.ClientAddress, a.Action, a.Allowed, a.TargetUserId, a.Detail, a.RequestId,
                withIds ? a.CaseId : null,
                withIds ? a.EmployeeId : null,
                withIds ? row.CaseIds : null,
                withIds ? row.EmployeeIds : null);
        }).ToList();
    }

    /// <summary>HR sees on which cases and employees; Admin, who reads no case or employee data, does not.</summary>
    public static bool SeesIds(ICurrentUser user) => user.IsInRole(Roles.Hr);

    private static DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, MunicipalClock.TimeZone.GetUtcOffset(local));
    }
}

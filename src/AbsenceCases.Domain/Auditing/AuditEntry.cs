namespace AbsenceCases.Domain.Auditing;

/// <summary>
/// One read or write of personnel data, one refused request, or one change of a user's access: who, when, what, on
/// which case or employee (or, for a list, the cases and employees it returned), for whom, from which request and
/// address, and whether it was allowed. The database refuses to change or delete a row, except the retention's.
/// </summary>
public sealed class AuditEntry(DateTimeOffset at, string userId, string userName, string action, Guid? caseId, int? employeeId, bool allowed)
{
    private readonly List<AuditSubject> _subjects = [];

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; } = at;

    public string UserId { get; private set; } = userId;

    public string UserName { get; private set; } = userName;

    public string Action { get; private set; } = action;

    public Guid? CaseId { get; private set; } = caseId;

    public int? EmployeeId { get; private set; } = employeeId;

    public bool Allowed { get; private set; } = allowed;

    /// <summary>The HTTP request's trace id, or the run id of the job that wrote the row; set when the row is saved.</summary>
    public string? RequestId { get; private set; }

    /// <summary>The caller's IP address; none for a job. Set when the row is saved.</summary>
    public string? ClientAddress { get; private set; }

    /// <summary>The user whose account, roles, scope or group membership was changed.</summary>
    public string? TargetUserId { get; private set; }

    /// <summary>What was changed (a role, a unit, a group and role), never a password.</summary>
    public string? Detail { get; private set; }

    /// <summary>The cases and employees a list read returned, or a write to several cases touched.</summary>
    public IReadOnlyList<AuditSubject> Subjects => _subjects;

    /// <summary>A change of a user's access, or of the audit log itself: who changed what for whom.</summary>
    public static AuditEntry Change(DateTimeOffset at, string userId, string userName, string action, string? targetUserId, string detail) =>
        new(at, userId, userName, action, caseId: null, employeeId: null, allowed: true) { TargetUserId = targetUserId, Detail = detail };

    public void AddSubjects(IEnumerable<Guid> caseIds, IEnumerable<int> employeeIds)
    {
        _subjects.AddRange(caseIds.Distinct().Select(AuditSubject.Case));
        _subjects.AddRange(employeeIds.Distinct().Select(AuditSubject.Employee));
    }
}

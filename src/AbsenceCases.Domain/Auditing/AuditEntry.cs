namespace AbsenceCases.Domain.Auditing;

/// <summary>One read or write of personnel data: who, when, what, on which case, and whether it was allowed.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        UserId = UserName = Action = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string userId, string userName, string action, Guid? caseId, int? employeeId, bool allowed)
    {
        At = at;
        UserId = userId;
        UserName = userName;
        Action = action;
        CaseId = caseId;
        EmployeeId = employeeId;
        Allowed = allowed;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string UserId { get; private set; }

    public string UserName { get; private set; }

    public string Action { get; private set; }

    public Guid? CaseId { get; private set; }

    public int? EmployeeId { get; private set; }

    public bool Allowed { get; private set; }
}

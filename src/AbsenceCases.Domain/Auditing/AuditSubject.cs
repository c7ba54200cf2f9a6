namespace AbsenceCases.Domain.Auditing;

/// <summary>One case or one employee an audited request returned or touched, beside the entry's own case and employee.</summary>
public sealed class AuditSubject
{
    private AuditSubject()
    {
    }

    public long Id { get; private set; }

    public long AuditEntryId { get; private set; }

    public Guid? CaseId { get; private set; }

    public int? EmployeeId { get; private set; }

    internal static AuditSubject Case(Guid caseId) => new() { CaseId = caseId };

    internal static AuditSubject Employee(int employeeId) => new() { EmployeeId = employeeId };
}

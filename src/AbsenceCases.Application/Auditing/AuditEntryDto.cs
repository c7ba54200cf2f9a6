using System.Text.Json.Serialization;

namespace AbsenceCases.Application.Auditing;

/// <summary>
/// One audit row as the audit log shows it. Who: userId, userName, clientAddress; when: at; what: action, allowed,
/// targetUserId and detail (a change of access), requestId. HR also sees on which case and employee (caseId, employeeId)
/// and the cases and employees a list returned (caseIds, employeeIds); for Admin these four are left out.
/// </summary>
public sealed record AuditEntryDto(
    long Id,
    DateTimeOffset At,
    string UserId,
    string UserName,
    string? ClientAddress,
    string Action,
    bool Allowed,
    string? TargetUserId,
    string? Detail,
    string? RequestId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? CaseId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? EmployeeId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<Guid>? CaseIds,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<int>? EmployeeIds);

public sealed record AuditPage(IReadOnlyList<AuditEntryDto> Items, int Total);

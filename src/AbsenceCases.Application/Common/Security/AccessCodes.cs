namespace AbsenceCases.Application.Common.Security;

/// <summary>Why a caller may not send a request or see its data.</summary>
[MessageCodes]
public static class AccessCodes
{
    public const string SignInFirst = "access.signInFirst";
    public const string RoleRequired = "access.roleRequired";
    public const string NoRole = "access.noRole";
    public const string EmployeeOutsideScope = "access.employeeOutsideScope";
    public const string CaseOutsideScope = "access.caseOutsideScope";
    public const string UnitOutsideScope = "access.unitOutsideScope";
    public const string GroupMembersOnly = "access.groupMembersOnly";
    public const string AuditWithoutContent = "access.auditWithoutContent";
    public const string NoUnits = "access.noUnits";
}

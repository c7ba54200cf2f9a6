namespace AbsenceCases.Application.Common.Exceptions;

/// <summary>Why a whole request was refused, by the answer it gets: 401 or 403, 409, 404.</summary>
public static class RefusalCodes
{
    /// <summary>Why a caller may not send a request or see its data.</summary>
    [MessageCodes]
    public static class Access
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

    /// <summary>Why a request clashes with data already there or with another request.</summary>
    [MessageCodes]
    public static class Conflict
    {
        public const string CaseChanged = "conflict.caseChanged";
        public const string ChangedMeanwhile = "conflict.changedMeanwhile";
        public const string CaseChangedMeanwhile = "conflict.caseChangedMeanwhile";
        public const string StoredMeanwhile = "conflict.storedMeanwhile";
        public const string DatabaseBusy = "conflict.databaseBusy";
        public const string IdempotencyKeyReused = "conflict.idempotencyKeyReused";
        public const string Stale = "conflict.stale";
    }

    /// <summary>What was not found, by its kind.</summary>
    [MessageCodes]
    public static class NotFound
    {
        public const string Case = "notFound.case";
        public const string Unit = "notFound.unit";
        public const string Employee = "notFound.employee";
        public const string User = "notFound.user";
        public const string Job = "notFound.job";
        public const string Initiative = "notFound.initiative";
        public const string Measurement = "notFound.measurement";
        public const string GoodExample = "notFound.goodExample";
        public const string CoordinationGroup = "notFound.coordinationGroup";
        public const string Notification = "notFound.notification";
        public const string Section56Agreement = "notFound.section56Agreement";
    }
}

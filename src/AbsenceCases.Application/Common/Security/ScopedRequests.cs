namespace AbsenceCases.Application.Common.Security;

/// <summary>A request that reads or writes personnel data and is written to the audit log.</summary>
public interface IAuditedRequest;

/// <summary>A request about one case: allowed only when the case's unit is within the caller's scope.</summary>
public interface ICaseRequest : IAuditedRequest
{
    Guid CaseId { get; }
}

/// <summary>A request about one employee, named by id or employee number: allowed only within the caller's scope.</summary>
public interface IEmployeeRequest : IAuditedRequest
{
    int? EmployeeId { get; }

    string? EmployeeNumber { get; }

    /// <summary>The employee is named in the request body (an unknown one is bad input), not in the route (not found).</summary>
    bool NamesEmployeeInBody => true;
}

/// <summary>A request filtered by a unit: the unit, when given, must lie within the caller's scope.</summary>
public interface IUnitFilteredRequest
{
    int? UnitId { get; }
}

/// <summary>An answer that names the case it created, for the audit log.</summary>
public interface ICaseResponse
{
    Guid CaseId { get; }
}

/// <summary>A request about one coordination group: allowed for HR, Admin and the group's members.</summary>
public interface IGroupRequest : IAuditedRequest
{
    int GroupId { get; }
}

/// <summary>An answer that names the cases it read or wrote, for the audit log.</summary>
public interface ICasesResponse
{
    IReadOnlyList<Guid> CaseIds { get; }
}

/// <summary>An answer that names the employees it read, for the audit log.</summary>
public interface IEmployeesResponse
{
    IReadOnlyList<int> EmployeeIds { get; }
}

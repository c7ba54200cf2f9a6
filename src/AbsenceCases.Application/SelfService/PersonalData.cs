namespace AbsenceCases.Application.SelfService;

/// <summary>Everything the system holds about one person (GDPR art. 15): every table's rows about them, as stored.</summary>
public sealed record PersonalData(int EmployeeId, DateTimeOffset ExportedAt, IReadOnlyList<PersonalDataTable> Tables) : IEmployeesResponse
{
    IReadOnlyList<int> IEmployeesResponse.EmployeeIds => [EmployeeId];
}

/// <summary>One table's rows about the person, each value as text (null when empty).</summary>
public sealed record PersonalDataTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>Reads the rows of every table that refers to the employee, directly or through their cases.</summary>
public interface IPersonalDataExport
{
    Task<IReadOnlyList<PersonalDataTable>> ReadAsync(int employeeId, CancellationToken cancellationToken);
}

namespace AbsenceCases.Domain.Employees;

/// <summary>A user who is this employee: they read their own absence through self-service, and nobody else's.</summary>
public sealed class EmployeeAccount(string userId, int employeeId)
{
    public string UserId { get; private set; } = userId;

    public int EmployeeId { get; private set; } = employeeId;
}

namespace AbsenceCases.Application.Common.Security;

/// <summary>The caller's scope: HR and Admin see everything; a manager their units and the units below;
/// a coordinator the workplaces of their coordination groups and the units below.</summary>
public interface IUserScopeProvider
{
    Task<UnitScope> GetScopeAsync(CancellationToken cancellationToken);

    /// <summary>The employees and cases the caller may see today: those of the scope's units by today's organisation.</summary>
    Task<EmployeeScope> GetEmployeeScopeAsync(CancellationToken cancellationToken);
}

namespace AbsenceCases.Application.Administration;

/// <summary>What an administrator sets on a user: name, roles, for a manager the units managed, for an employee who they are.</summary>
public interface IUserInput
{
    string? DisplayName { get; }

    IReadOnlyList<string>? Roles { get; }

    IReadOnlyList<int>? ManagedUnitIds { get; }

    /// <summary>The employee the user is, for the Employee role (self-service).</summary>
    string? EmployeeNumber { get; }
}

public abstract class UserRules<TInput> : AbstractValidator<TInput>
    where TInput : IUserInput
{
    protected UserRules()
    {
        RuleFor(u => u.DisplayName).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Name);
        RuleFor(u => u.Roles).NotNull().WithCode(FieldCodes.Required);
        RuleForEach(u => u.Roles).Must(role => Common.Security.Roles.All.Contains(role))
            .WithCode(FieldCodes.NotOneOf, ("values", Common.Security.Roles.All));
        RuleFor(u => u.ManagedUnitIds).NotNull().WithCode(FieldCodes.Required);
        RuleFor(u => u.ManagedUnitIds).Must((u, units) => units is null || units.Count == 0 || u.Roles?.Contains(Common.Security.Roles.Manager) == true)
            .WithCode(AdministrationCodes.ManagerOnlyUnits);
        RuleFor(u => u.EmployeeNumber).NotEmpty().WithCode(FieldCodes.Required).SingleLineText(TextLimits.Code)
            .When(u => u.Roles?.Contains(Common.Security.Roles.Employee) == true);
        RuleFor(u => u.EmployeeNumber).Empty().WithCode(AdministrationCodes.EmployeeOnlyNumber)
            .When(u => u.Roles?.Contains(Common.Security.Roles.Employee) != true);
    }
}

internal static class ManagedUnits
{
    public static async Task EnsureExistAsync(IApplicationDbContext db, IReadOnlyList<int> unitIds, CancellationToken cancellationToken)
    {
        var known = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken);
        var unknown = unitIds.Except(known).ToList();
        if (unknown.Count > 0)
        {
            throw new RequestValidationException("managedUnitIds", FieldCodes.UnknownUnits, ("ids", unknown));
        }
    }

    /// <summary>Makes the user manage exactly the given units.</summary>
    public static async Task ReplaceAsync(IApplicationDbContext db, string userId, IReadOnlyList<int> unitIds, CancellationToken cancellationToken)
    {
        var current = await db.UnitManagers.Where(m => m.UserId == userId).ToListAsync(cancellationToken);
        db.UnitManagers.RemoveRange(current.Where(m => !unitIds.Contains(m.UnitId)));
        db.UnitManagers.AddRange(unitIds.Except(current.Select(m => m.UnitId)).Select(unitId => new Domain.Organisation.UnitManager(userId, unitId)));
    }
}

internal static class EmployeeAccounts
{
    /// <summary>Makes the user the employee with this number, or nobody when it is empty; an unknown number is bad input.</summary>
    public static async Task LinkAsync(IApplicationDbContext db, string userId, string? employeeNumber, CancellationToken cancellationToken)
    {
        int? employeeId = null;
        if (!string.IsNullOrWhiteSpace(employeeNumber))
        {
            var number = employeeNumber.Trim();
            employeeId = await db.Employees.Where(e => e.EmployeeNumber == number).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken)
                         ?? throw new RequestValidationException("employeeNumber", FieldCodes.UnknownEmployee);
        }

        var current = await db.EmployeeAccounts.SingleOrDefaultAsync(a => a.UserId == userId, cancellationToken);
        if (current is not null && current.EmployeeId != employeeId)
        {
            db.EmployeeAccounts.Remove(current);
        }

        if (employeeId is { } id && current?.EmployeeId != id)
        {
            db.EmployeeAccounts.Add(new Domain.Employees.EmployeeAccount(userId, id));
        }
    }
}

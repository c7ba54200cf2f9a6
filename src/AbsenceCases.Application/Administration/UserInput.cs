namespace AbsenceCases.Application.Administration;

/// <summary>What an administrator sets on a user: name, roles and, for a manager, the units managed.</summary>
public interface IUserInput
{
    string? DisplayName { get; }

    IReadOnlyList<string>? Roles { get; }

    IReadOnlyList<int>? ManagedUnitIds { get; }
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

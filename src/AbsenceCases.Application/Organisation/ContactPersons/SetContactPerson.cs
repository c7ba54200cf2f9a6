using System.Text.Json.Serialization;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Organisation.ContactPersons;

/// <summary>
/// HR names a unit's contact person (the units below share them unless they have their own), or takes them away with
/// no user. They must be able to read the unit's cases: HR, or a coordinator whose groups cover the unit.
/// </summary>
[Authorize(Roles.Hr)]
public sealed record SetContactPerson(string? UserId) : IRequest<ContactPersonDto?>, IAuditedRequest
{
    [JsonIgnore]
    public int UnitId { get; init; }
}

public sealed class SetContactPersonValidator : AbstractValidator<SetContactPerson>
{
    public SetContactPersonValidator() =>
        RuleFor(c => c.UserId).SingleLineText(TextLimits.UserId);
}

public sealed class SetContactPersonHandler(IApplicationDbContext db, IUserDirectory users, ContactPersonReader reader)
    : IRequestHandler<SetContactPerson, ContactPersonDto?>
{
    public async Task<ContactPersonDto?> Handle(SetContactPerson command, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == command.UnitId, cancellationToken)
                   ?? throw new NotFoundException(RefusalCodes.NotFound.Unit, command.UnitId);
        if (unit.Kind is not (UnitKind.Area or UnitKind.Workplace))
        {
            throw new RequestValidationException("unitId", ContactPersonCodes.AreaOrWorkplace);
        }

        var current = await db.UnitContactPersons.SingleOrDefaultAsync(c => c.UnitId == unit.Id, cancellationToken);
        if (command.UserId is not { Length: > 0 } userId)
        {
            if (current is not null)
            {
                db.UnitContactPersons.Remove(current);
                await db.SaveChangesAsync(cancellationToken);
            }

            return await reader.OfAsync(unit.Id, cancellationToken);
        }

        await EnsureMayReadTheUnitsCasesAsync(userId, unit, cancellationToken);
        if (current is null)
        {
            db.UnitContactPersons.Add(new UnitContactPerson(unit.Id, userId));
        }
        else
        {
            current.Replace(userId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await reader.OfAsync(unit.Id, cancellationToken);
    }

    private async Task EnsureMayReadTheUnitsCasesAsync(string userId, OrganisationUnit unit, CancellationToken cancellationToken)
    {
        var roles = await users.RolesOfAsync(userId, cancellationToken);
        if (roles is null || (await users.BlockedIdsAsync(cancellationToken)).Contains(userId))
        {
            throw new RequestValidationException("userId", FieldCodes.UnknownUser);
        }

        var coordinatedPaths = roles.Contains(Roles.Coordinator)
            ? await db.CoordinationGroups
                .Where(g => g.Members.Any(m => m.UserId == userId))
                .SelectMany(g => g.Workplaces)
                .Join(db.Units, w => w.UnitId, u => u.Id, (_, workplace) => workplace.Path)
                .ToListAsync(cancellationToken)
            : [];
        var coordinatesIt = coordinatedPaths.Any(path => unit.Path.StartsWith(path, StringComparison.Ordinal));
        if (!roles.Contains(Roles.Hr) && !coordinatesIt)
        {
            throw new RequestValidationException("userId", ContactPersonCodes.WithoutAccess);
        }
    }
}

using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Application.Organisation.ContactPersons;

/// <summary>HR's overview: every area and workplace with its contact person, and the people who may be one.</summary>
[Authorize(Roles.Hr)]
public sealed record ListContactPersons : IRequest<ContactPersonOverview>;

public sealed record ContactPersonRow(int UnitId, string Code, string Name, UnitKind Kind, ContactPersonDto? ContactPerson);

/// <summary>The candidates are the users who may read cases beyond their own: HR and coordinators.</summary>
public sealed record ContactPersonOverview(IReadOnlyList<ContactPersonRow> Units, IReadOnlyList<UserContact> Candidates);

public sealed class ListContactPersonsHandler(IApplicationDbContext db, IUserDirectory users, ContactPersonReader reader)
    : IRequestHandler<ListContactPersons, ContactPersonOverview>
{
    public async Task<ContactPersonOverview> Handle(ListContactPersons request, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking()
            .Where(u => u.Kind == UnitKind.Area || u.Kind == UnitKind.Workplace)
            .OrderBy(u => u.Path)
            .ToListAsync(cancellationToken);
        var contacts = (await reader.OfAsync(units.Select(u => u.Id).ToList(), cancellationToken)).ToDictionary(c => c.UnitId);
        var blocked = await users.BlockedIdsAsync(cancellationToken);
        var candidates = (await users.InRoleAsync(Roles.Hr, cancellationToken))
            .Concat(await users.InRoleAsync(Roles.Coordinator, cancellationToken))
            .Where(u => !blocked.Contains(u.Id))
            .DistinctBy(u => u.Id)
            .OrderBy(u => u.Name, StringComparer.CurrentCulture)
            .ToList();
        return new ContactPersonOverview(
            units.Select(u => new ContactPersonRow(u.Id, u.Code, u.Name, u.Kind, contacts.GetValueOrDefault(u.Id))).ToList(),
            candidates);
    }
}

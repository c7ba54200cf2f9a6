namespace AbsenceCases.Application.Organisation.ContactPersons;

/// <summary>
/// The contact person a unit shares: its own, or that of the nearest unit above it; a blocked user is nobody's. It runs
/// on every page a manager opens, so it reads only the asked units and the few named contact persons.
/// </summary>
public sealed class ContactPersonReader(IApplicationDbContext db, IUserDirectory users)
{
    public async Task<ContactPersonDto?> OfAsync(int unitId, CancellationToken cancellationToken) =>
        (await OfAsync([unitId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ContactPersonDto>> OfAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var named = await db.UnitContactPersons.AsNoTracking()
            .Join(db.Units, c => c.UnitId, u => u.Id, (contact, unit) => new { unit.Path, contact.UnitId, contact.UserId })
            .ToListAsync(cancellationToken);
        if (named.Count == 0 || unitIds.Count == 0)
        {
            return [];
        }

        var blocked = await users.BlockedIdsAsync(cancellationToken);
        named.RemoveAll(n => blocked.Contains(n.UserId));
        var people = await users.ByIdsAsync(named.Select(n => n.UserId).Distinct().ToList(), cancellationToken);
        var asked = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Path })
            .ToListAsync(cancellationToken);
        var found = new List<ContactPersonDto>();
        foreach (var unit in asked)
        {
            var nearest = named.Where(n => unit.Path.StartsWith(n.Path, StringComparison.Ordinal)).MaxBy(n => n.Path.Length);
            if (nearest is not null && people.TryGetValue(nearest.UserId, out var person))
            {
                found.Add(new ContactPersonDto(unit.Id, unit.Name, nearest.UnitId, person.Id, person.Name, person.Email));
            }
        }

        return found;
    }
}

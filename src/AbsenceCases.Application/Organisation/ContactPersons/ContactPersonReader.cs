namespace AbsenceCases.Application.Organisation.ContactPersons;

/// <summary>The contact person a unit shares: its own, or that of the nearest unit above it; a blocked user is nobody's.</summary>
public sealed class ContactPersonReader(IApplicationDbContext db, IUserDirectory users)
{
    public async Task<ContactPersonDto?> OfAsync(int unitId, CancellationToken cancellationToken) =>
        (await OfAsync([unitId], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<ContactPersonDto>> OfAsync(IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Path).Select(u => new { u.Id, u.Name, u.Path }).ToListAsync(cancellationToken);
        var blocked = await users.BlockedIdsAsync(cancellationToken);
        var named = (await db.UnitContactPersons.AsNoTracking().ToListAsync(cancellationToken))
            .Where(c => !blocked.Contains(c.UserId))
            .Join(units, c => c.UnitId, u => u.Id, (contact, unit) => (unit.Path, Contact: contact))
            .ToList();
        var people = await users.ByIdsAsync(named.Select(n => n.Contact.UserId).Distinct().ToList(), cancellationToken);
        var found = new List<ContactPersonDto>();
        foreach (var unit in units.Where(u => unitIds.Contains(u.Id)))
        {
            var nearest = named.Where(n => unit.Path.StartsWith(n.Path, StringComparison.Ordinal))
                .OrderByDescending(n => n.Path.Length).Select(n => n.Contact).FirstOrDefault();
            if (nearest is not null && people.TryGetValue(nearest.UserId, out var person))
            {
                found.Add(new ContactPersonDto(unit.Id, unit.Name, nearest.UnitId, person.Id, person.Name, person.Email));
            }
        }

        return found;
    }
}

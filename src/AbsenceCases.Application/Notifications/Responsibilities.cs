using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Application.Notifications;

/// <summary>
/// Who answers for the cases of a unit: the managers of the unit and of the units above it, the members of the
/// coordination groups covering it, the contact person of the nearest unit at or above it that has one (while they may
/// read its cases today), and HR; blocked users answer for nothing. Loaded once per dispatch; the tables are small.
/// </summary>
public sealed class Responsibilities
{
    private readonly Dictionary<int, string> _paths;
    private readonly List<(string Path, string UserId)> _managers;
    private readonly List<(string Path, CoordinationGroup Group)> _coverage;
    private readonly Dictionary<string, string> _contactPersonByPath;
    private readonly IReadOnlySet<string> _coordinators;
    private readonly IReadOnlySet<string> _blocked;

    private Responsibilities(
        Dictionary<int, string> paths,
        List<(string, string)> managers,
        List<(string, CoordinationGroup)> coverage,
        Dictionary<string, string> contactPersonByPath,
        IReadOnlySet<string> coordinators,
        IReadOnlyList<string> hr,
        IReadOnlySet<string> blocked)
    {
        _paths = paths;
        _managers = managers;
        _coverage = coverage;
        _contactPersonByPath = contactPersonByPath;
        _coordinators = coordinators;
        _blocked = blocked;
        Hr = hr;
    }

    public IReadOnlyList<string> Hr { get; }

    public static async Task<Responsibilities> LoadAsync(IApplicationDbContext db, IUserDirectory users, CancellationToken cancellationToken)
    {
        var paths = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Path, cancellationToken);
        var managers = await db.UnitManagers.AsNoTracking().ToListAsync(cancellationToken);
        var groups = await db.CoordinationGroups.AsNoTracking()
            .Include(g => g.Workplaces).Include(g => g.Members)
            .ToListAsync(cancellationToken);
        var contactPersons = await db.UnitContactPersons.AsNoTracking().ToListAsync(cancellationToken);
        var hr = await users.InRoleAsync(Roles.Hr, cancellationToken);
        var coordinators = (await users.InRoleAsync(Roles.Coordinator, cancellationToken)).Select(u => u.Id).ToHashSet();
        var blocked = await users.BlockedIdsAsync(cancellationToken);
        return new Responsibilities(
            paths,
            managers.Where(m => !blocked.Contains(m.UserId)).Select(m => (paths[m.UnitId], m.UserId)).ToList(),
            groups.SelectMany(g => g.Workplaces.Select(w => (paths[w.UnitId], g))).ToList(),
            contactPersons.Where(c => !blocked.Contains(c.UserId)).ToDictionary(c => paths[c.UnitId], c => c.UserId),
            coordinators,
            hr.Select(u => u.Id).Where(id => !blocked.Contains(id)).ToList(),
            blocked);
    }

    public IReadOnlyList<string> ManagersOf(int unitId) =>
        _managers.Where(m => Covers(m.Path, unitId)).Select(m => m.UserId).Distinct().ToList();

    public IReadOnlyList<CoordinationGroup> GroupsOf(int unitId) =>
        _coverage.Where(c => Covers(c.Path, unitId)).Select(c => c.Group).DistinctBy(g => g.Id).ToList();

    public IReadOnlyList<string> GroupMembersOf(int unitId) =>
        GroupsOf(unitId).SelectMany(g => g.Members).Select(m => m.UserId).OfType<string>().Where(id => !_blocked.Contains(id)).Distinct().ToList();

    /// <summary>
    /// The contact person of the unit, or of the nearest unit above it that has one; null when none has, or when they
    /// may no longer read the unit's cases (no longer HR, or no longer a coordinator of a group covering it), so that
    /// the escalation then goes to HR at large without delay.
    /// </summary>
    public string? ContactPersonOf(int unitId)
    {
        var contact = _paths.TryGetValue(unitId, out var path)
            ? _contactPersonByPath.Where(c => path.StartsWith(c.Key, StringComparison.Ordinal))
                .OrderByDescending(c => c.Key.Length).Select(c => c.Value).FirstOrDefault()
            : null;
        var mayRead = contact is not null &&
                      (Hr.Contains(contact) || (_coordinators.Contains(contact) && GroupMembersOf(unitId).Contains(contact)));
        return mayRead ? contact : null;
    }

    private bool Covers(string rootPath, int unitId) =>
        _paths.TryGetValue(unitId, out var path) && path.StartsWith(rootPath, StringComparison.Ordinal);
}

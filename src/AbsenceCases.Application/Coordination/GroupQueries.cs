using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Application.Coordination;

internal static class GroupQueries
{
    /// <summary>The ids of the group's workplaces and every unit below them.</summary>
    public static async Task<List<int>> GroupUnitIdsAsync(this IApplicationDbContext db, int groupId, CancellationToken cancellationToken)
    {
        var workplaces = await db.CoordinationGroups.Where(g => g.Id == groupId)
            .SelectMany(g => g.Workplaces.Select(w => w.UnitId))
            .ToListAsync(cancellationToken);
        return await db.SubtreeIdsAsync(workplaces, cancellationToken);
    }

    public static async Task<CoordinationGroupDto> ToDtoAsync(this IApplicationDbContext db, CoordinationGroup group, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([group], cancellationToken)).Single();

    public static async Task<List<CoordinationGroupDto>> ToDtosAsync(
        this IApplicationDbContext db, IReadOnlyList<CoordinationGroup> groups, CancellationToken cancellationToken)
    {
        var unitIds = groups.SelectMany(g => g.Workplaces.Select(w => w.UnitId)).Distinct().ToList();
        var names = await db.Units.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return groups.Select(g => new CoordinationGroupDto(
                g.Id,
                g.Name,
                g.MeetingDay,
                g.Workplaces.Select(w => new GroupWorkplaceDto(w.UnitId, names[w.UnitId])).OrderBy(w => w.Name).ToList(),
                g.Members.Select(m => new GroupMemberDto(m.UserId, m.Name, m.Role)).ToList(),
                g.HasFullComposition))
            .ToList();
    }
}

namespace AbsenceCases.Application.Organisation;

/// <summary>A unit's id and path, enough to find subtrees.</summary>
public sealed record UnitPath(int Id, string Path);

public static class UnitQueries
{
    /// <summary>The ids of a unit and every unit below it.</summary>
    public static async Task<List<int>> SubtreeIdsAsync(this IApplicationDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var root = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleOrDefaultAsync(cancellationToken);
        if (root is null)
        {
            return [];
        }

        var below = await db.Units.Where(u => u.Path.StartsWith(root)).Select(u => new UnitPath(u.Id, u.Path)).ToListAsync(cancellationToken);
        return SubtreeIds(below, [unitId]);
    }

    /// <summary>The ids of the units and every unit below them.</summary>
    public static async Task<List<int>> SubtreeIdsAsync(this IApplicationDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken) =>
        SubtreeIds(await db.UnitPathsAsync(cancellationToken), unitIds);

    /// <summary>Every unit's id and path, for finding several subtrees with <see cref="SubtreeIds"/>.</summary>
    public static Task<List<UnitPath>> UnitPathsAsync(this IApplicationDbContext db, CancellationToken cancellationToken) =>
        db.Units.Select(u => new UnitPath(u.Id, u.Path)).ToListAsync(cancellationToken);

    /// <summary>The ids of the given units and every unit below them, among <paramref name="units"/>.</summary>
    public static List<int> SubtreeIds(IReadOnlyCollection<UnitPath> units, IReadOnlyCollection<int> unitIds)
    {
        var roots = units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Path).ToList();
        return units.Where(u => roots.Any(root => u.Path.StartsWith(root, StringComparison.Ordinal))).Select(u => u.Id).ToList();
    }
}

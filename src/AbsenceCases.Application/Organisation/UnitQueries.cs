namespace AbsenceCases.Application.Organisation;

public static class UnitQueries
{
    /// <summary>The ids of a unit and every unit below it.</summary>
    public static Task<List<int>> SubtreeIdsAsync(this IApplicationDbContext db, int unitId, CancellationToken cancellationToken) =>
        db.SubtreeIdsAsync([unitId], cancellationToken);

    /// <summary>The ids of the units and every unit below them.</summary>
    public static async Task<List<int>> SubtreeIdsAsync(this IApplicationDbContext db, IReadOnlyCollection<int> unitIds, CancellationToken cancellationToken)
    {
        var roots = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Path).ToListAsync(cancellationToken);
        var units = await db.Units.Select(u => new { u.Id, u.Path }).ToListAsync(cancellationToken);
        return units.Where(u => roots.Any(root => u.Path.StartsWith(root, StringComparison.Ordinal))).Select(u => u.Id).ToList();
    }
}

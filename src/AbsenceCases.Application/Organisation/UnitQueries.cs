namespace AbsenceCases.Application.Organisation;

public static class UnitQueries
{
    /// <summary>The ids of a unit and every unit below it.</summary>
    public static async Task<List<int>> SubtreeIdsAsync(this IApplicationDbContext db, int unitId, CancellationToken cancellationToken)
    {
        var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).SingleAsync(cancellationToken);
        return await db.Units.Where(u => u.Path.StartsWith(path)).Select(u => u.Id).ToListAsync(cancellationToken);
    }
}

using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Measurements;

/// <summary>
/// Measurements' results for single units, each rolled up over the unit's subtree by <see cref="ResultRollUp"/>: the same
/// figures, shown or suppressed, that the unit's row of <see cref="GetMeasurementResults"/> has.
/// </summary>
public sealed class WorkplaceScores(IApplicationDbContext db, MeasurementSettings settings)
{
    public async Task<ScoreBook> ReadAsync(IReadOnlyCollection<int> measurementIds, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.ParentId, u.Path })
            .ToListAsync(cancellationToken);
        var figures = (await db.MeasurementResults.AsNoTracking()
                .Where(r => measurementIds.Contains(r.MeasurementId))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.MeasurementId, r => r.Figures);
        return new ScoreBook(units.Select(u => (new ResultUnit(u.Id, u.ParentId), u.Path)).ToList(), figures, settings.MinRespondents);
    }
}

/// <summary>The figures of some measurements, ready to roll up for any unit.</summary>
public sealed class ScoreBook(IReadOnlyList<(ResultUnit Unit, string Path)> units, ILookup<int, ResultFigures> figures, int minRespondents)
{
    public int MinRespondents => minRespondents;

    /// <summary>The unit's own rows of the measurement, by dimension in ordinal order; none when its subtree has no figures.</summary>
    public IReadOnlyList<ResultRow> Rows(int measurementId, int unitId)
    {
        var path = units.Single(u => u.Unit.Id == unitId).Path;
        var subtree = units.Where(u => u.Path.StartsWith(path, StringComparison.Ordinal)).Select(u => u.Unit).ToList();
        var inSubtree = subtree.Select(u => u.Id).ToHashSet();
        var rows = ResultRollUp.Rows(unitId, subtree, figures[measurementId].Where(f => inSubtree.Contains(f.UnitId)).ToList(), minRespondents);
        return [.. rows.Where(r => r.UnitId == unitId)];
    }

    /// <summary>
    /// The unit's overall wellbeing: the plain mean of its dimensions' scores, to two decimals; none when it has no figures
    /// or any of its dimensions is suppressed.
    /// </summary>
    public decimal? Overall(int measurementId, int unitId) => OverallOf(Rows(measurementId, unitId));

    public static decimal? OverallOf(IReadOnlyList<ResultRow> rows) =>
        rows.Count == 0 || rows.Any(r => r.Score is null)
            ? null
            : Math.Round(rows.Average(r => r.Score!.Value), 2, MidpointRounding.AwayFromZero);
}

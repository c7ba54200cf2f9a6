namespace AbsenceCases.Application.Measurements;

/// <summary>
/// A measurement's results for a unit and each of its children, GET /api/measurements/{id}/results?unitId=, by
/// <see cref="ResultRollUp"/>. Without a unit: HR the organisation, a manager or coordinator their one top unit, once published.
/// </summary>
[Authorize(Roles.Manager, Roles.Coordinator, Roles.Hr)]
public sealed record GetMeasurementResults(int MeasurementId, int? UnitId) : IRequest<MeasurementResults>, IUnitFilteredRequest, IAuditedRequest;

public sealed class GetMeasurementResultsHandler(
    IApplicationDbContext db, IUserScopeProvider scopes, ICurrentUser user, MunicipalClock clock, MeasurementSettings settings)
    : IRequestHandler<GetMeasurementResults, MeasurementResults>
{
    public async Task<MeasurementResults> Handle(GetMeasurementResults query, CancellationToken cancellationToken)
    {
        await StoredMeasurements.FindAsync(db.Measurements.AsNoTracking().VisibleTo(user, clock.Today), query.MeasurementId, cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.ParentId, u.Path, u.Code })
            .ToListAsync(cancellationToken);
        var rootId = query.UnitId ?? TopUnit(units.Select(u => (u.Id, u.ParentId, u.Code)).ToList(), await scopes.GetScopeAsync(cancellationToken));
        var rootPath = units.Single(u => u.Id == rootId).Path;
        var subtree = units.Where(u => u.Path.StartsWith(rootPath, StringComparison.Ordinal)).Select(u => new ResultUnit(u.Id, u.ParentId)).ToList();
        var inSubtree = subtree.Select(u => u.Id).ToHashSet();
        var figures = (await db.MeasurementResults.AsNoTracking()
                .Where(r => r.MeasurementId == query.MeasurementId)
                .ToListAsync(cancellationToken))
            .Where(r => inSubtree.Contains(r.UnitId))
            .Select(r => r.Figures)
            .ToList();
        return new MeasurementResults(
            query.MeasurementId, rootId, settings.MinRespondents, ResultRollUp.Rows(rootId, subtree, figures, settings.MinRespondents));
    }

    private static int TopUnit(IReadOnlyList<(int Id, int? ParentId, string Code)> units, UnitScope scope)
    {
        var tops = units.Where(u => scope.Contains(u.Id) && (u.ParentId is not { } parent || !scope.Contains(parent))).ToList();
        return tops switch
        {
            [] => throw new ForbiddenAccessException(RefusalCodes.Access.NoUnits),
            [var top] => top.Id,
            _ => throw new RequestValidationException(
                "unitId", Statistics.StatisticsCodes.ChooseUnit, ("units", tops.Select(u => $"{u.Code} ({u.Id})").ToList())),
        };
    }
}

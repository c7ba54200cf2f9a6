using AbsenceCases.Application.Organisation;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics.Indicators;

/// <summary>The implementation indicators of a unit's subtree (default: the caller's scope) in a range of months.</summary>
[Authorize(Roles.Hr)]
public sealed record GetIndicators(string? From, string? To, int? UnitId) : IRequest<IndicatorReport>, IUnitFilteredRequest, IAuditedRequest;

public sealed class GetIndicatorsValidator : AbstractValidator<GetIndicators>
{
    public GetIndicatorsValidator()
    {
        RuleFor(r => r.From).Month();
        RuleFor(r => r.To).EndOfRange(r => r.From);
    }
}

public sealed class GetIndicatorsHandler(IApplicationDbContext db, IUserScopeProvider scopes, ImplementationIndicators indicators, MunicipalClock clock)
    : IRequestHandler<GetIndicators, IndicatorReport>
{
    public async Task<IndicatorReport> Handle(GetIndicators request, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetScopeAsync(cancellationToken);
        var units = request.UnitId is { } unitId
            ? await db.SubtreeIdsAsync(unitId, cancellationToken)
            : scope.IsEverything ? await db.Units.Select(u => u.Id).ToListAsync(cancellationToken) : scope.UnitIds.ToList();
        var from = YearMonth.Parse(request.From!);
        var to = YearMonth.Parse(request.To!);
        var computed = await indicators.ComputeAsync(from, to, units, clock.Today, cancellationToken);
        return new IndicatorReport(from.ToString(), to.ToString(), request.UnitId, computed);
    }
}

using AbsenceCases.Application.Organisation;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics;

/// <summary>
/// The project's success criteria: GET /api/statistics/success-criteria. They compare the pilot workplaces with
/// the rest of the organisation, so only HR and Admin, who see the whole organisation, may ask.
/// </summary>
[Authorize(Roles.Hr)]
public sealed record GetSuccessCriteria(string? BaselineFrom, string? BaselineTo, string? From, string? To)
    : IRequest<SuccessCriteria>, IAuditedRequest;

public sealed class GetSuccessCriteriaValidator : AbstractValidator<GetSuccessCriteria>
{
    public GetSuccessCriteriaValidator()
    {
        RuleFor(r => r.BaselineFrom).Month();
        RuleFor(r => r.BaselineTo).EndOfRange(r => r.BaselineFrom, baseline: true);
        RuleFor(r => r.From).Month()
            .Must((r, from) => !YearMonth.TryParse(r.BaselineTo, out var baselineTo) || YearMonth.Parse(from!) > baselineTo)
            .WithCode(StatisticsCodes.ProjectAfterBaseline);
        RuleFor(r => r.To).EndOfRange(r => r.From);
    }
}

public sealed class GetSuccessCriteriaHandler(
    AbsenceFactStore store, AbsenceRateQueries queries, IApplicationDbContext db, ImplementationIndicators indicators, InitiativeEffects effects,
    MunicipalClock clock)
    : IRequestHandler<GetSuccessCriteria, SuccessCriteria>
{
    public async Task<SuccessCriteria> Handle(GetSuccessCriteria request, CancellationToken cancellationToken)
    {
        var baseline = Range(request.BaselineFrom!, request.BaselineTo!);
        var project = Range(request.From!, request.To!);
        var pilotUnits = await db.Units.Where(u => u.IsPilot).Select(u => u.Id).ToListAsync(cancellationToken);
        var implementation = await indicators.ComputeAsync(
            project.From, project.To, await db.SubtreeIdsAsync(pilotUnits, cancellationToken), clock.Today, cancellationToken);
        var initiatives = await db.PreventionInitiatives.AsNoTracking().OrderBy(i => i.StartOn).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        var initiativeEffects = await effects.OfAsync(initiatives, cancellationToken);
        return await store.ReadAsync(facts =>
        {
            var pilots = facts.Units.TopPilotUnits();
            var before = Sums(facts, baseline, pilots);
            var after = Sums(facts, project, pilots);
            var pilot = RateSum.Change(RateSum.Total(before.Pilots.Values), RateSum.Total(after.Pilots.Values));
            var other = RateSum.Change(
                before.Organisation.Minus(RateSum.Total(before.Pilots.Values)), after.Organisation.Minus(RateSum.Total(after.Pilots.Values)));
            var difference = pilot.ChangePoints - other.ChangePoints;
            var workplaces = pilots
                .Select(index => facts.Units.Units[index]!)
                .Select(unit => new PilotWorkplaceChange(unit.Id, unit.Code, unit.Name, RateSum.Change(before.Pilots[unit.Id], after.Pilots[unit.Id])))
                .ToList();
            return new SuccessCriteria(
                baseline.ToMonthRange(),
                project.ToMonthRange(),
                new AbsenceRateCriterion(pilot, other, difference, pilot.ChangePoints < 0 && difference < 0, workplaces),
                new ImplementationCriterion(implementation, IndicatorReport.AreAllMet(implementation)),
                initiativeEffects);
        }, cancellationToken);
    }

    private MonthWindow Range(string from, string to) => Range(YearMonth.Parse(from), YearMonth.Parse(to));

    private MonthWindow Range(YearMonth from, YearMonth to) => new(from, to, queries.AsOf(to));

    private static (RateSum Organisation, Dictionary<int, RateSum> Pilots) Sums(AbsenceFacts facts, MonthWindow range, IReadOnlyList<int> pilots)
    {
        var organisation = RateSum.OfUnit(facts, range, UnitTree.Organisation);
        var pilotIds = pilots.Select(facts.Units.IdOf).ToHashSet();
        var pilotRows = pilots.Count == 0
            ? []
            : facts.AbsenceRate(new AbsenceRateSelection(range.From, range.To, range.AsOf, pilots, StatisticsGrouping.Unit, Type: null))
                .Where(row => pilotIds.Contains(row.UnitId!.Value));
        return (organisation, pilotRows.ToDictionary(row => row.UnitId!.Value, RateSum.Of));
    }
}

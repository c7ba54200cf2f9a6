using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Statistics;

/// <summary>
/// What came of prevention initiatives: each workplace's sickness absence in the <see cref="Months"/> months before the
/// initiative's start month and as many from it, and its wellbeing in the published measurements around the start.
/// </summary>
public sealed class InitiativeEffects(AbsenceFactStore store, AbsenceRateQueries queries, IApplicationDbContext db, WorkplaceScores scores, MunicipalClock clock)
{
    /// <summary>The months compared before and after a prevention initiative began.</summary>
    public const int Months = 6;

    /// <summary>The effects of the initiatives that have begun, in the order given.</summary>
    public async Task<IReadOnlyList<InitiativeEffect>> OfAsync(IReadOnlyList<PreventionInitiative> initiatives, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var measurements = await db.Measurements.AsNoTracking().Where(m => m.PublishedOn <= today).ToListAsync(cancellationToken);
        var book = await scores.ReadAsync(measurements.Select(m => m.Id).ToList(), cancellationToken);
        return await store.ReadAsync(
            facts => initiatives.Select(initiative => Effect(facts, initiative, Wellbeing(measurements, book, initiative))).OfType<InitiativeEffect>().ToList(),
            cancellationToken);
    }

    /// <summary>None before the initiative's start month has come.</summary>
    private InitiativeEffect? Effect(
        AbsenceFacts facts, PreventionInitiative initiative, (MeasurementScore? Before, MeasurementScore? After) wellbeing)
    {
        var start = YearMonth.Of(initiative.StartOn);
        if (MonthWindow.Following(start, Months, clock.Today) is not { } after || facts.Units.IndexOf(initiative.UnitId) is not { } unit)
        {
            return null;
        }

        var beforeTo = start.AddMonths(-1);
        var before = new MonthWindow(start.AddMonths(-Months), beforeTo, queries.AsOf(beforeTo));
        var change = RateSum.Change(RateSum.OfUnit(facts, before, unit), RateSum.OfUnit(facts, after, unit));
        return new InitiativeEffect(
            initiative.Id, initiative.UnitId, facts.Units.Units[unit]!.Name, initiative.Type, initiative.Description,
            initiative.StartOn, initiative.EndOn, before.ToMonthRange(), after.ToMonthRange(), change, wellbeing.Before, wellbeing.After);
    }

    /// <summary>The workplace's overall score in the last measurement fielded before the initiative started and the first fielded from its start.</summary>
    private static (MeasurementScore? Before, MeasurementScore? After) Wellbeing(
        IReadOnlyList<Measurement> measurements, ScoreBook book, PreventionInitiative initiative)
    {
        MeasurementScore? First(IEnumerable<Measurement> candidates) => candidates
            .Select(m => book.Overall(m.Id, initiative.UnitId) is { } overall ? new MeasurementScore(m.Id, m.Name, m.FieldedFrom, m.FieldedTo, overall) : null)
            .FirstOrDefault(score => score is not null);
        return (
            First(measurements.Where(m => m.FieldedTo < initiative.StartOn).OrderByDescending(m => m.FieldedTo).ThenByDescending(m => m.Id)),
            First(measurements.Where(m => m.FieldedFrom >= initiative.StartOn).OrderBy(m => m.FieldedFrom).ThenBy(m => m.Id)));
    }
}

using AbsenceCases.Domain.Calendar;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.GoodExamples;

/// <summary>
/// Fills in a good example's figures. For an initiative: its <see cref="InitiativeEffect"/>, as the success criteria show
/// it. For a workplace's follow-up: its sickness absence in the <see cref="WellbeingAbsenceQueries.WindowMonths"/> months
/// up to the measurement's publication month and in as many from the month after, and its overall wellbeing in the
/// measurement and in the published measurement that follows it up.
/// </summary>
public sealed class ExampleFiguresReader(
    IApplicationDbContext db, InitiativeEffects effects, AbsenceFactStore store, WorkplaceScores scores, AbsenceRateQueries queries, MunicipalClock clock)
{
    /// <summary>None before the initiative's start month has come.</summary>
    public async Task<ExampleFigures?> OfInitiativeAsync(PreventionInitiative initiative, CancellationToken cancellationToken) =>
        (await effects.OfAsync([initiative], cancellationToken)).SingleOrDefault() is { } effect
            ? new ExampleFigures(
                effect.Before.From, effect.Before.To, effect.Change.Baseline.RatePercent,
                effect.After.From, effect.After.To, effect.Change.Project.RatePercent,
                effect.WellbeingBefore?.Overall, effect.WellbeingAfter?.Overall)
            : null;

    /// <summary>None before the months after the publication have begun.</summary>
    public async Task<ExampleFigures?> OfFollowUpAsync(Measurement measurement, int unitId, CancellationToken cancellationToken)
    {
        var publishedOn = measurement.PublishedOn!.Value;
        if (WellbeingAbsenceQueries.WindowAfter(publishedOn, clock.Today) is not { } after)
        {
            return null;
        }

        var beforeTo = YearMonth.Of(publishedOn);
        var before = new MonthWindow(beforeTo.AddMonths(1 - WellbeingAbsenceQueries.WindowMonths), beforeTo, queries.AsOf(beforeTo));
        var today = clock.Today;
        var next = await db.Measurements.AsNoTracking()
            .Where(m => m.FollowUpOfId == measurement.Id && m.PublishedOn <= today)
            .OrderBy(m => m.FieldedFrom).ThenBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var book = await scores.ReadAsync(next is null ? [measurement.Id] : [measurement.Id, next.Id], cancellationToken);
        var change = await store.ReadAsync(
            facts => facts.Units.IndexOf(unitId) is { } unit
                ? RateSum.Change(RateSum.OfUnit(facts, before, unit), RateSum.OfUnit(facts, after, unit))
                : RateSum.Change(new RateSum(0, 0), new RateSum(0, 0)),
            cancellationToken);
        return new ExampleFigures(
            before.From.ToString(), before.To.ToString(), change.Baseline.RatePercent,
            after.From.ToString(), after.To.ToString(), change.Project.RatePercent,
            book.Overall(measurement.Id, unitId), next is null ? null : book.Overall(next.Id, unitId));
    }
}

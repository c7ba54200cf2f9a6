using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Statistics;

/// <summary>The request of a measurement's wellbeing against absence, for a unit's workplaces or all in the caller's scope.</summary>
public interface IWellbeingAbsenceParameters : IUnitFilteredRequest
{
    int MeasurementId { get; }
}

/// <summary>
/// Computes <see cref="WellbeingAgainstAbsence"/> for the workplaces in the caller's scope (below the unit asked for, if
/// any), the scores suppressed exactly as the measurement's results are.
/// </summary>
public sealed class WellbeingAbsenceQueries(
    IApplicationDbContext db, ICurrentUser user, IUserScopeProvider scopes, AbsenceFactStore store, WorkplaceScores scores, MunicipalClock clock)
{
    /// <summary>The months of absence after a measurement.</summary>
    public const int WindowMonths = 12;

    public async Task<WellbeingAgainstAbsence> ComputeAsync(IWellbeingAbsenceParameters parameters, CancellationToken cancellationToken)
    {
        var measurement = await db.Measurements.AsNoTracking().VisibleTo(user, clock.Today).SingleOrDefaultAsync(m => m.Id == parameters.MeasurementId, cancellationToken)
            ?? throw new NotFoundException(RefusalCodes.NotFound.Measurement, parameters.MeasurementId);
        if (!measurement.IsPublishedBy(clock.Today))
        {
            throw new ConflictException(StatisticsCodes.MeasurementNotPublished);
        }

        var publishedOn = measurement.PublishedOn!.Value;

        var next = await NextAsync(measurement, cancellationToken);
        var workplaces = await WorkplacesAsync(parameters.UnitId, cancellationToken);
        var book = await scores.ReadAsync(next is null ? [measurement.Id] : [measurement.Id, next.Id], cancellationToken);
        var window = Window(publishedOn);
        var nextWindow = next is null ? null : Window(next.PublishedOn!.Value);
        return await store.ReadAsync(facts => new WellbeingAgainstAbsence(
            measurement.Id,
            measurement.Name,
            publishedOn,
            window?.ToMonthRange(),
            next is null ? null : new NextMeasurement(next.Id, next.Name, next.PublishedOn!.Value, nextWindow?.ToMonthRange()),
            book.MinRespondents,
            workplaces.Select(w =>
            {
                var absence = Absence(facts, window, w.Id);
                var nextAbsence = Absence(facts, nextWindow, w.Id);
                return Workplace(w, book.Rows(measurement.Id, w.Id), next is null ? [] : book.Rows(next.Id, w.Id), absence, nextAbsence);
            }).ToList()), cancellationToken);
    }

    private static WorkplaceWellbeing Workplace(
        (int Id, string Code, string Name) unit, IReadOnlyList<ResultRow> rows, IReadOnlyList<ResultRow> nextRows, RateSum? absence, RateSum? nextAbsence)
    {
        var dimensions = rows.Select(r => r.Dimension).Union(nextRows.Select(r => r.Dimension)).Order(StringComparer.Ordinal)
            .Select(dimension =>
            {
                var row = rows.SingleOrDefault(r => r.Dimension == dimension);
                var nextRow = nextRows.SingleOrDefault(r => r.Dimension == dimension);
                return new DimensionScores(
                    dimension, row?.Score, row?.Suppressed ?? false, nextRow?.Score, nextRow?.Suppressed ?? false, nextRow?.Score - row?.Score);
            })
            .ToList();
        var overall = ScoreBook.OverallOf(rows);
        var nextOverall = ScoreBook.OverallOf(nextRows);
        return new WorkplaceWellbeing(
            unit.Id, unit.Code, unit.Name, dimensions, overall, absence?.ToFigures(), nextOverall, nextOverall - overall,
            absence is not null && nextAbsence is not null ? RateSum.Change(absence, nextAbsence) : null);
    }

    private async Task<Measurement?> NextAsync(Measurement measurement, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var later = await db.Measurements.AsNoTracking()
            .Where(m => m.PublishedOn <= today && m.Id != measurement.Id
                && (m.FollowUpOfId == measurement.Id || (m.Kind == measurement.Kind && m.FieldedFrom > measurement.FieldedFrom)))
            .ToListAsync(cancellationToken);
        return later.OrderBy(m => m.FollowUpOfId == measurement.Id ? 0 : 1).ThenBy(m => m.FieldedFrom).ThenBy(m => m.Id).FirstOrDefault();
    }

    private async Task<List<(int Id, string Code, string Name)>> WorkplacesAsync(int? unitId, CancellationToken cancellationToken)
    {
        var scope = await scopes.GetScopeAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Path).Select(u => new { u.Id, u.Code, u.Name, u.Path, u.Kind }).ToListAsync(cancellationToken);
        var root = unitId is { } id
            ? units.SingleOrDefault(u => u.Id == id)?.Path ?? throw new NotFoundException(RefusalCodes.NotFound.Unit, id)
            : string.Empty;
        return units
            .Where(u => u.Kind == UnitKind.Workplace && scope.Contains(u.Id) && u.Path.StartsWith(root, StringComparison.Ordinal))
            .Select(u => (u.Id, u.Code, u.Name))
            .ToList();
    }

    private MonthWindow? Window(DateOnly publishedOn) => WindowAfter(publishedOn, clock.Today);

    /// <summary>The <see cref="WindowMonths"/> whole months from the month after the publication, cut at today; none before they begin.</summary>
    internal static MonthWindow? WindowAfter(DateOnly publishedOn, DateOnly today) =>
        MonthWindow.Following(YearMonth.Of(publishedOn).AddMonths(1), WindowMonths, today);

    private static RateSum? Absence(AbsenceFacts facts, MonthWindow? window, int unitId) =>
        window is null ? null : facts.Units.IndexOf(unitId) is { } unit ? RateSum.OfUnit(facts, window, unit) : new RateSum(0, 0);
}

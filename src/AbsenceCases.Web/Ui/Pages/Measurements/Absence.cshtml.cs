using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Web.Ui.Charts;

namespace AbsenceCases.Web.Ui.Pages.Measurements;

/// <summary>
/// A published measurement's overall score per workplace in the user's scope against the workplace's sickness absence
/// in the 12 months after it, and the same for the next measurement: a chart, the numbers in a table beside it, each
/// dimension's score, and the exports.
/// </summary>
[Sends(typeof(GetWellbeingAgainstAbsence))]
public sealed class AbsenceModel(IMediator mediator, UiTexts texts) : PageModel
{
    public MeasurementDto Measurement { get; private set; } = null!;

    /// <summary>None while the measurement is not published.</summary>
    public WellbeingAgainstAbsence? Table { get; private set; }

    public IReadOnlyList<string> Dimensions => Table?.Workplaces.SelectMany(w => w.Dimensions).Select(d => d.Dimension).Distinct().Order(StringComparer.Ordinal).ToList() ?? [];

    public ScatterChart Chart => new(
        "wellbeing-absence",
        texts.WellbeingAbsence.ChartTitle,
        texts.WellbeingAbsence.ChartLabel,
        texts.WellbeingAbsence.OverallScore,
        texts.WellbeingAbsence.AbsenceRate,
        100,
        ChartSeries());

    private List<ScatterSeries> ChartSeries()
    {
        var series = new List<ScatterSeries>
        {
            new(Table!.MeasurementName, Points(Table.Workplaces.Select(w => (w.Name, w.Overall, w.Absence)))),
        };
        if (Table.Next is { } next)
        {
            series.Add(new ScatterSeries(next.Name, Points(Table.Workplaces.Select(w => (w.Name, w.NextOverall, w.AbsenceChange?.Project)))));
        }

        return series;
    }

    /// <summary>The workplaces with a score shown and staff employed in the window.</summary>
    private static List<ScatterPoint> Points(IEnumerable<(string Name, decimal? Score, RateFigures? Absence)> workplaces) =>
        workplaces
            .Where(w => w.Score is not null && w.Absence is { PossibleDays: > 0 })
            .Select(w => new ScatterPoint(w.Name, (double)w.Score!.Value, w.Absence!.RatePercent))
            .ToList();

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Measurement = await mediator.Send(new GetMeasurement(id), cancellationToken);
        if (Measurement.IsPublished)
        {
            Table = await mediator.Send(new GetWellbeingAgainstAbsence(id, null), cancellationToken);
        }
    }
}

using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Organisation;

namespace AbsenceCases.Web.Ui.Charts;

/// <summary>
/// The statistics dashboard's charts from the absence-rate tables the application computes. The UI only arranges
/// the rows; the one sum it makes is of whole workplaces (whose subtrees do not overlap) into pilot and other
/// workplaces, by the same definition: 100 × absence days / possible days.
/// </summary>
public sealed class StatisticsCharts(UiTexts texts)
{
    public static IReadOnlyList<string> LengthBands => Domain.Absences.LengthBands.All;

    /// <summary>The rate of each month of the last 12 beside the same month a year earlier.</summary>
    public BarChart Monthly(IReadOnlyList<YearMonth> months, AbsenceRateReport current, AbsenceRateReport yearBefore, string unitName) =>
        new(
            "chart-monthly",
            texts.Statistics.MonthlyTitle,
            texts.Statistics.MonthlyLabel(unitName),
            texts.Statistics.Month,
            months.Select(ShortMonth).ToList(),
            [
                new ChartSeries(texts.Statistics.LastTwelveMonths, months.Select(m => Rate(current.Rows, m)).ToList()),
                new ChartSeries(texts.Statistics.YearBefore, months.Select(m => Rate(yearBefore.Rows, m.AddMonths(-12))).ToList()),
            ],
            TableCategories: months.Select(LongMonth).ToList());

    /// <summary>The rate of each workplace (rows grouped by unit; the other kinds of unit are left out), by name.</summary>
    public BarChart ByWorkplace(AbsenceRateReport byUnit, IReadOnlyList<UnitDto> units, string period)
    {
        var workplaces = Workplaces(units);
        var rows = byUnit.Rows.Where(r => r.UnitId is { } id && workplaces.ContainsKey(id))
            .Select(r => (Unit: workplaces[r.UnitId!.Value], Row: r))
            .OrderBy(x => x.Unit.Name, StringComparer.Create(texts.Culture, ignoreCase: true))
            .ToList();
        return new BarChart(
            "chart-workplaces",
            texts.Statistics.WorkplacesTitle,
            texts.Statistics.WorkplacesLabel(period),
            texts.Statistics.Workplace,
            rows.Select(x => x.Unit.IsPilot ? $"{x.Unit.Name} ({texts.Statistics.PilotMark})" : x.Unit.Name).ToList(),
            [new ChartSeries(texts.Statistics.Rate, rows.Select(x => Rate(x.Row)).ToList())],
            Horizontal: true);
    }

    /// <summary>Each month's rate of the pilot workplaces together beside the other workplaces together.</summary>
    public BarChart PilotsAndOthers(IReadOnlyList<YearMonth> months, AbsenceRateReport byMonthAndUnit, IReadOnlyList<UnitDto> units, string period)
    {
        var workplaces = Workplaces(units);
        var rows = byMonthAndUnit.Rows.Where(r => r.UnitId is { } id && workplaces.ContainsKey(id)).ToList();
        double? Sum(YearMonth month, bool pilot)
        {
            var part = rows.Where(r => r.Period == month.ToString() && workplaces[r.UnitId!.Value].IsPilot == pilot).ToList();
            var possible = part.Sum(r => r.PossibleDays);
            return possible > 0 ? 100 * part.Sum(r => r.AbsenceDays) / possible : null;
        }

        return new BarChart(
            "chart-pilots",
            texts.Statistics.PilotTitle,
            texts.Statistics.PilotLabel(period),
            texts.Statistics.Month,
            months.Select(ShortMonth).ToList(),
            [
                new ChartSeries(texts.Statistics.Pilots, months.Select(m => Sum(m, pilot: true)).ToList()),
                new ChartSeries(texts.Statistics.Others, months.Select(m => Sum(m, pilot: false)).ToList()),
            ],
            TableCategories: months.Select(LongMonth).ToList());
    }

    /// <summary>The rate split by the length of the absence periods: short (1–14 days), medium (15–29), long (30 or more).</summary>
    public BarChart ByLength(AbsenceRateReport byLength, string period) =>
        new(
            "chart-lengths",
            texts.Statistics.LengthTitle,
            texts.Statistics.LengthLabel(period),
            texts.Statistics.Length,
            LengthBands.Select(band => texts.Names.GetValueOrDefault($"LengthBand.{band}", band)).ToList(),
            [new ChartSeries(texts.Statistics.Rate, LengthBands.Select(band => byLength.Rows.FirstOrDefault(r => r.LengthBand == band) is { } row ? Rate(row) : null).ToList())]);

    /// <summary>Each implementation indicator's share beside its target; an indicator without data has no bar.</summary>
    public BarChart Indicators(IndicatorReport report, string period) =>
        new(
            "chart-indicators",
            texts.Indicators.ChartTitle,
            texts.Indicators.ChartLabel(period),
            texts.Indicators.Indicator,
            report.Indicators.Select(i => texts.Message(i.Name)).ToList(),
            [
                new ChartSeries(texts.Indicators.Value, report.Indicators.Select(i => i.ValuePercent).ToList()),
                new ChartSeries(texts.Indicators.Target, report.Indicators.Select(i => (double?)i.TargetPercent).ToList()),
            ],
            Horizontal: true);

    /// <summary>The pilot workplaces' and the other workplaces' rate in the baseline beside the project period.</summary>
    public BarChart SuccessCriterion(AbsenceRateCriterion criterion, string period) =>
        new(
            "chart-criterion",
            texts.SuccessCriteria.ChartTitle,
            texts.SuccessCriteria.ChartLabel(period),
            texts.SuccessCriteria.Group,
            [texts.Statistics.Pilots, texts.Statistics.Others],
            [
                new ChartSeries(texts.SuccessCriteria.Baseline, [criterion.Pilot.Baseline.RatePercent, criterion.Other.Baseline.RatePercent]),
                new ChartSeries(texts.SuccessCriteria.Project, [criterion.Pilot.Project.RatePercent, criterion.Other.Project.RatePercent]),
            ]);

    /// <summary>The last <paramref name="count"/> months up to and including the month of <paramref name="today"/>.</summary>
    public static IReadOnlyList<YearMonth> MonthsUpTo(DateOnly today, int count) =>
        Enumerable.Range(1 - count, count).Select(YearMonth.Of(today).AddMonths).ToList();

    /// <summary>A row's rate, or nothing when the row had no possible days (no one employed).</summary>
    public static double? Rate(AbsenceRateRow row) => row.PossibleDays > 0 ? row.RatePercent : null;

    private static double? Rate(IEnumerable<AbsenceRateRow> rows, YearMonth month) =>
        rows.FirstOrDefault(r => r.Period == month.ToString()) is { } row ? Rate(row) : null;

    private static Dictionary<int, UnitDto> Workplaces(IReadOnlyList<UnitDto> units) =>
        units.Where(u => u.Kind == UnitKind.Workplace).ToDictionary(u => u.Id);

    private string ShortMonth(YearMonth month) => month.FirstDay.ToString("MMM yy", texts.Culture);

    private string LongMonth(YearMonth month) => month.FirstDay.ToString("MMMM yyyy", texts.Culture);
}

namespace AbsenceCases.Web.Ui.Charts;

/// <summary>One series of a bar chart: a value per category, or null where there is nothing to show (no bar).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// A bar chart drawn on the server as SVG (the partial _BarChart): the categories along one axis, one bar per
/// series in each category, and the same numbers in a table below. Horizontal charts suit long category names
/// (workplaces); vertical ones a time line (months).
/// </summary>
/// <param name="Id">The id of the svg element; the table's id is the same with "-table".</param>
/// <param name="Title">The chart's title: its heading, the svg's title and the table's caption.</param>
/// <param name="Label">What the chart shows, for screen readers: the svg's aria-label.</param>
/// <param name="CategoryHeader">The table's heading of the category column.</param>
/// <param name="TableCategories">The categories as the table names them, when the chart's labels are abbreviated (months).</param>
public sealed record BarChart(
    string Id,
    string Title,
    string Label,
    string CategoryHeader,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    bool Horizontal = false,
    IReadOnlyList<string>? TableCategories = null)
{
    /// <summary>A horizontal chart's labels are cut to this many characters; the table has them whole.</summary>
    public const int MaxLabelLength = 34;

    public bool HasData => Series.Any(s => s.Values.Any(v => v is not null));

    public BarChartLayout Layout() => BarChartLayout.Of(this);
}

/// <summary>One bar: where it is drawn, and what it stands for.</summary>
public sealed record Bar(double X, double Y, double Width, double Height, int Series, string Category, double Value);

/// <summary>A line of the value axis with its value, at a position along the axis.</summary>
public sealed record Tick(double Value, double Position);

/// <summary>A category's label and where its middle is along the category axis.</summary>
public sealed record CategoryLabel(string Text, double Position);

/// <summary>The geometry of a <see cref="BarChart"/> in the svg's own coordinates (its viewBox).</summary>
public sealed record BarChartLayout(
    double Width, double Height, double PlotLeft, double PlotTop, double PlotWidth, double PlotHeight,
    IReadOnlyList<Bar> Bars, IReadOnlyList<Tick> Ticks, IReadOnlyList<CategoryLabel> Labels)
{
    public const double ChartWidth = 720;
    private const double VerticalHeight = 280;
    private const double RowHeight = 30;
    private const double BandFill = 0.75;

    public double PlotRight => PlotLeft + PlotWidth;

    public double PlotBottom => PlotTop + PlotHeight;

    public static BarChartLayout Of(BarChart chart)
    {
        var max = NiceMaximum(chart.Series.SelectMany(s => s.Values).OfType<double>().DefaultIfEmpty(0).Max());
        var categories = chart.Categories.Count;
        var series = Math.Max(1, chart.Series.Count);
        var (left, top, right, bottom) = chart.Horizontal ? (220d, 8d, 24d, 28d) : (48d, 12d, 12d, 44d);
        var length = chart.Horizontal ? RowHeight * Math.Max(1, categories) : VerticalHeight - top - bottom;
        var (plotWidth, plotHeight) = (ChartWidth - left - right, length);
        var valueAxis = chart.Horizontal ? plotWidth : plotHeight;
        var band = (chart.Horizontal ? plotHeight : plotWidth) / Math.Max(1, categories);
        var thickness = band * BandFill / series;

        var bars = new List<Bar>();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            for (var c = 0; c < categories; c++)
            {
                if (c >= chart.Series[s].Values.Count || chart.Series[s].Values[c] is not { } value)
                {
                    continue;
                }

                var size = valueAxis * Math.Max(0, value) / max;
                var across = (c * band) + (band * (1 - BandFill) / 2) + (s * thickness);
                bars.Add(chart.Horizontal
                    ? new Bar(left, top + across, size, thickness, s, chart.Categories[c], value)
                    : new Bar(left + across, top + plotHeight - size, thickness, size, s, chart.Categories[c], value));
            }
        }

        var step = max / TickCount;
        var ticks = Enumerable.Range(0, TickCount + 1)
            .Select(i => i * step)
            .Select(value => new Tick(value, chart.Horizontal ? left + (plotWidth * value / max) : top + plotHeight - (plotHeight * value / max)))
            .ToList();
        var labels = chart.Categories
            .Select(text => chart.Horizontal && text.Length > BarChart.MaxLabelLength ? $"{text[..(BarChart.MaxLabelLength - 1)].TrimEnd()}…" : text)
            .Select((text, c) => new CategoryLabel(text, (chart.Horizontal ? top : left) + (c * band) + (band / 2)))
            .ToList();
        return new BarChartLayout(ChartWidth, top + plotHeight + bottom, left, top, plotWidth, plotHeight, bars, ticks, labels);
    }

    private const int TickCount = 4;

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ (n ≥ −1) × 4 ticks at or above the largest value, so the ticks are round numbers.</summary>
    public static double NiceMaximum(double largest)
    {
        if (largest <= 0)
        {
            return 1;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(largest / TickCount)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s * TickCount >= largest);
        return Math.Max(step, 0.1) * TickCount;
    }
}

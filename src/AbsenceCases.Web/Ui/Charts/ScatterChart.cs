namespace AbsenceCases.Web.Ui.Charts;

/// <summary>A point of a scatter chart: what it stands for and its two values.</summary>
public sealed record ScatterPoint(string Label, double X, double Y);

/// <summary>One series of points; the points of two series with the same label are joined by a line, first to second.</summary>
public sealed record ScatterSeries(string Name, IReadOnlyList<ScatterPoint> Points);

/// <summary>
/// A scatter chart drawn on the server as SVG (the partial _ScatterChart): the x axis from 0 to <see cref="XMaximum"/>,
/// the y axis from 0 to a round number at or above the largest value. The page shows the same numbers in a table beside it.
/// </summary>
/// <param name="Id">The id of the svg element.</param>
/// <param name="Title">The svg's title.</param>
/// <param name="Label">What the chart shows, for screen readers: the svg's aria-label and description.</param>
public sealed record ScatterChart(string Id, string Title, string Label, string XLabel, string YLabel, double XMaximum, IReadOnlyList<ScatterSeries> Series)
{
    public bool HasData => Series.Any(s => s.Points.Count > 0);

    public ScatterChartLayout Layout() => ScatterChartLayout.Of(this);
}

/// <summary>A point where it is drawn, with its series and what it stands for.</summary>
public sealed record PlacedPoint(double X, double Y, int Series, ScatterPoint Point);

/// <summary>A line from a point of the first series to the point of the same label in the second.</summary>
public sealed record PointMove(double X1, double Y1, double X2, double Y2);

/// <summary>The geometry of a <see cref="ScatterChart"/> in the svg's own coordinates (its viewBox).</summary>
public sealed record ScatterChartLayout(
    double Width, double Height, double PlotLeft, double PlotTop, double PlotWidth, double PlotHeight,
    IReadOnlyList<PlacedPoint> Points, IReadOnlyList<PointMove> Moves, IReadOnlyList<Tick> XTicks, IReadOnlyList<Tick> YTicks)
{
    private const double ChartHeight = 360;
    private const double Left = 56, Top = 12, Right = 16, Bottom = 52;
    private const int TickCount = 4;

    public double PlotRight => PlotLeft + PlotWidth;

    public double PlotBottom => PlotTop + PlotHeight;

    public static ScatterChartLayout Of(ScatterChart chart)
    {
        var yMaximum = BarChartLayout.NiceMaximum(chart.Series.SelectMany(s => s.Points).Select(p => p.Y).DefaultIfEmpty(0).Max());
        var (plotWidth, plotHeight) = (BarChartLayout.ChartWidth - Left - Right, ChartHeight - Top - Bottom);
        double X(double value) => Left + (plotWidth * Math.Clamp(value, 0, chart.XMaximum) / chart.XMaximum);
        double Y(double value) => Top + plotHeight - (plotHeight * Math.Max(0, value) / yMaximum);
        var points = chart.Series
            .SelectMany((series, s) => series.Points.Select(p => new PlacedPoint(X(p.X), Y(p.Y), s, p)))
            .ToList();
        var moves = chart.Series.Count < 2
            ? []
            : points.Where(p => p.Series == 0)
                .Join(points.Where(p => p.Series == 1), p => p.Point.Label, p => p.Point.Label, (from, to) => new PointMove(from.X, from.Y, to.X, to.Y))
                .ToList();
        var xTicks = Enumerable.Range(0, TickCount + 1).Select(i => chart.XMaximum * i / TickCount).Select(v => new Tick(v, X(v))).ToList();
        var yTicks = Enumerable.Range(0, TickCount + 1).Select(i => yMaximum * i / TickCount).Select(v => new Tick(v, Y(v))).ToList();
        return new ScatterChartLayout(BarChartLayout.ChartWidth, ChartHeight, Left, Top, plotWidth, plotHeight, points, moves, xTicks, yTicks);
    }
}

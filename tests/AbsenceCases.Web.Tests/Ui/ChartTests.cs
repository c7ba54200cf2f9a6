using AbsenceCases.Application.Organisation;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Organisation;
using AbsenceCases.Web.Ui.Charts;
using AbsenceCases.Web.Ui.Localisation;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>The SVG bar chart's geometry and the statistics charts made from the application's tables, without a server.</summary>
public sealed class ChartTests
{
    [TestCase(0, 1)]
    [TestCase(2, 2)]
    [TestCase(4.3, 8)]
    [TestCase(23.81, 40)]
    [TestCase(100, 100)]
    public void ShouldEndTheValueAxisAtARoundNumber(double largest, double maximum)
    {
        Assert.That(BarChartLayout.NiceMaximum(largest), Is.EqualTo(maximum).Within(1e-9));
    }

    [Test]
    public void ShouldDrawVerticalBarsInProportionAndNoBarWithoutAValue()
    {
        var chart = new BarChart("c", "T", "L", "Måned", ["jan", "feb", "mar"], [new ChartSeries("S", [2.0, null, 1.0])]);

        var layout = chart.Layout();

        // The axis ends at 2; the plot is 280 − 12 − 44 = 224 high and 720 − 48 − 12 = 660 wide, a band of 220 per month.
        Assert.That(layout.Bars.Select(b => (b.Category, b.Height)), Is.EqualTo(new[] { ("jan", 224.0), ("mar", 112.0) }));
        Assert.That(layout.Bars[0].Y + layout.Bars[0].Height, Is.EqualTo(layout.PlotBottom), "bars stand on the axis");
        Assert.That(layout.Bars[1].X, Is.EqualTo(48 + (2 * 220) + (220 * 0.25 / 2)).Within(1e-9));
        Assert.That(layout.Ticks.Select(t => t.Value), Is.EqualTo(new[] { 0, 0.5, 1, 1.5, 2 }));
    }

    [Test]
    public void ShouldDrawAHorizontalChartARowHighPerCategoryAndShortenLongLabels()
    {
        var name = "Koordineringsgrupper med leder, medarbejderrepræsentant og HR";
        var chart = new BarChart("c", "T", "L", "Indikator", ["Kort", name], [new ChartSeries("A", [50.0, 100.0]), new ChartSeries("B", [80.0, 80.0])], Horizontal: true);

        var layout = chart.Layout();

        Assert.That(layout.PlotHeight, Is.EqualTo(60));
        Assert.That(layout.Bars.Single(b => b is { Series: 0, Category: "Kort" }).Width, Is.EqualTo(layout.PlotWidth / 2).Within(1e-9));
        Assert.That(layout.Labels[1].Text, Is.EqualTo("Koordineringsgrupper med leder, m…"));
        Assert.That(layout.Labels[1].Text, Has.Length.EqualTo(BarChart.MaxLabelLength));
    }

    [Test]
    public void ShouldSumWholeWorkplacesIntoPilotAndOtherWorkplaces()
    {
        var units = new[]
        {
            Unit(1, "Pilot A", UnitKind.Workplace, pilot: true), Unit(2, "Stue", UnitKind.Team, pilot: false), Unit(3, "Pilot W", UnitKind.Workplace, pilot: true),
            Unit(4, "B", UnitKind.Workplace, pilot: false), Unit(5, "Området", UnitKind.Area, pilot: false),
        };
        var march = new YearMonth(2026, 3);
        var report = new AbsenceRateReport("2026-03", "2026-03", new DateOnly(2026, 3, 16),
        [
            Row("2026-03", 1, possible: 21, absence: 2), Row("2026-03", 2, possible: 10.5, absence: 1), Row("2026-03", 3, possible: 10.5, absence: 1),
            Row("2026-03", 4, possible: 42, absence: 3), Row("2026-03", 5, possible: 84, absence: 7),
        ]);

        var chart = new StatisticsCharts(UiTexts.Danish).PilotsAndOthers([march], report, units, "marts");

        // Pilots: workplaces 1 and 3 (the team is inside workplace 1): 100 × (2 + 1) / (21 + 10.5) = 9.52 %;
        // others: workplace 4 only (the area is not a workplace): 100 × 3 / 42 = 7.14 %.
        Assert.That(chart.Series.Select(s => s.Values.Single()), Is.EqualTo(new double?[] { 100.0 * 3 / 31.5, 100.0 * 3 / 42 }).Within(1e-9));
        Assert.That(chart.Series.Select(s => s.Name), Is.EqualTo(new[] { "Pilotarbejdspladser", "Øvrige arbejdspladser" }));
    }

    [Test]
    public void ShouldNameTheMonthsShortOnTheChartAndInFullInTheTable()
    {
        var months = StatisticsCharts.MonthsUpTo(new DateOnly(2026, 3, 16), 12);
        var empty = new AbsenceRateReport("2025-04", "2026-03", new DateOnly(2026, 3, 16), []);

        var chart = new StatisticsCharts(UiTexts.Danish).Monthly(months, empty, empty, "Hele organisationen");

        Assert.That((months[0], months[^1]), Is.EqualTo((new YearMonth(2025, 4), new YearMonth(2026, 3))));
        Assert.That((chart.Categories[0], chart.TableCategories![0]), Is.EqualTo(("apr. 25", "april 2025")));
        Assert.That(chart.HasData, Is.False);
    }

    private static UnitDto Unit(int id, string name, UnitKind kind, bool pilot) => new() { Id = id, Name = name, Kind = kind, IsPilot = pilot };

    private static AbsenceRateRow Row(string period, int unitId, double possible, double absence) =>
        new(period, unitId, null, null, possible, absence, 100 * absence / possible, 0, 0, 0);
}

using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>HR's statistics in the browser: the server-drawn SVG charts render with bars from the demo data.</summary>
public sealed class StatisticsTests : BrowserTest
{
    private const string BarHeights = """
        svg => [...svg.querySelectorAll('rect.bar')].map(bar => bar.getBBox().height + bar.getBBox().width)
        """;

    [Test]
    public async Task ShouldRenderTheChartsWithBarsFromTheDemoData()
    {
        await LogIn(DemoAccounts.All.Single(a => a.Role == "HR").Email);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Statistik", Exact = true }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Statistik", Level = 1 })).ToBeVisibleAsync();
        foreach (var id in new[] { "chart-monthly", "chart-workplaces", "chart-pilots", "chart-lengths" })
        {
            var chart = Page.Locator($"svg#{id}");
            await Expect(chart).ToBeVisibleAsync();
            await Expect(chart).ToHaveAttributeAsync("role", "img");
            Assert.That(await chart.GetAttributeAsync("aria-label"), Is.Not.Empty, id);
            var bars = await chart.EvaluateAsync<double[]>(BarHeights);
            Assert.That(bars, Is.Not.Empty, id);
            Assert.That(bars.Count(size => size > 0), Is.GreaterThan(0), $"{id}: bars are drawn");
            var numbers = await Page.Locator($"#{id}-table tbody td").AllTextContentsAsync();
            Assert.That(bars, Has.Length.EqualTo(numbers.Count(n => n.Trim() != "–")), $"{id}: a bar for every number in its table");
        }

        // Two years of demo data: the last 12 months and the 12 before both have a bar for every month.
        Assert.That(await Page.Locator("svg#chart-monthly rect.bar.series-0").CountAsync(), Is.EqualTo(12));
        Assert.That(await Page.Locator("svg#chart-monthly rect.bar.series-1").CountAsync(), Is.EqualTo(12));
        await Expect(Page.GetByRole(AriaRole.Img, new() { Name = "Søjlediagram over sygefraværsprocenten pr. måned for Hele organisationen" })).ToBeVisibleAsync();
        await Screenshot("statistik");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Implementeringsindikatorer" }).ClickAsync();
        await Expect(Page.Locator("#indicators tbody tr")).ToHaveCountAsync(11);
        await Expect(Page.Locator("svg#chart-indicators rect.bar").First).ToBeVisibleAsync();
        await Screenshot("indikatorer");
    }

    [Test]
    public async Task ShouldLabelEveryFormControlOfTheNewPages()
    {
        const string unlabelled = """
            () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
                .filter(control => control.labels.length === 0)
                .map(control => control.name || control.id)
            """;
        await LogIn(DemoAccounts.All.Single(a => a.Role == "HR").Email);
        foreach (var path in new[] { "/statistik", "/statistik/indikatorer", "/statistik/succeskriterier", "/koordinering/gruppe", "/forebyggelse/indsats", "/indbakke" })
        {
            await Page.GotoAsync(path);
            Assert.That(await Page.EvaluateAsync<string[]>(unlabelled), Is.Empty, path);
        }
    }
}

using System.Text.Json;
using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>The demo employee signs in to "Mit fravær", opens their case and downloads all their data.</summary>
public sealed class SelfServiceTests : BrowserTest
{
    [Test]
    public async Task ShouldShowTheEmployeeTheirOwnCaseAndDownloadTheirData()
    {
        await LogIn(DemoAccounts.Employee.Email);

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Mit fravær");
        var name = (await Page.Locator(".user-name").TextContentAsync())!.Trim();
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Bradford");
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Link, new() { Name = "Hent som JSON" }).ClickAsync());
        await using var file = await download.CreateReadStreamAsync();
        using var data = await JsonDocument.ParseAsync(file);
        await Page.Locator("#cases a").First.ClickAsync();
        await Screenshot("my-case");

        Assert.That(download.SuggestedFilename, Is.EqualTo("mine-data.json"));
        var employees = data.RootElement.GetProperty("tables").GetProperty("Employees").EnumerateArray().Select(e => e.GetProperty("Name").GetString()).ToList();
        Assert.That(employees, Is.EqualTo(new[] { name }), "the demo account carries its employee's name");
        Assert.That(data.RootElement.GetProperty("tables").GetProperty("Conversations").GetArrayLength(), Is.EqualTo(1));
        await Expect(Page.Locator("h1")).ToContainTextAsync("Sygefravær fra");
        await Expect(Page.Locator("#conversations")).ToBeVisibleAsync();
    }
}

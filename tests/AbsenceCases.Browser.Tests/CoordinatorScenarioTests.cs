using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>The coordinator's week: open the group's board, hold the review meeting with a decision, and find it among the reviews.</summary>
public sealed class CoordinatorScenarioTests : BrowserTest
{
    [Test]
    public async Task ShouldOpenTheBoardRecordAReviewAndSeeItInTheList()
    {
        await LogIn(DemoAccounts.Coordinator.Email);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Koordinering", Exact = true }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ugens tavle" }).First.ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Tavle: Koordineringsgruppen for pilotarbejdspladserne", Level = 1 })).ToBeVisibleAsync();
        var boardRows = Page.Locator("#board tbody tr");
        await Expect(boardRows.First).ToBeVisibleAsync();
        Assert.That(await boardRows.CountAsync(), Is.GreaterThan(0));
        var firstEmployee = (await boardRows.First.Locator("th a").TextContentAsync())!.Trim();
        var reviewsBefore = await Page.Locator("article.review").CountAsync();
        await Screenshot("tavle");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Hold sagsgennemgang" }).ClickAsync();
        await Expect(Page.GetByLabel("Mødedato")).ToHaveValueAsync(Iso(Today));
        var firstRow = Page.Locator("fieldset.review-row").First;
        await Expect(firstRow.Locator("legend")).ToContainTextAsync(firstEmployee);
        await firstRow.GetByLabel("Beslutning").SelectOptionAsync(new SelectOptionValue { Label = "Fortsat opfølgning" });
        await firstRow.GetByLabel("Note").FillAsync("Drøftet på mødet; ny status om en uge.");
        await firstRow.GetByLabel("Næste gennemgang").FillAsync(Iso(Today.AddDays(7)));
        await Screenshot("sagsgennemgang");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem sagsgennemgangen" }).ClickAsync();

        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Sagsgennemgangen er gemt med 1 beslutning.");
        await Expect(Page.Locator("article.review")).ToHaveCountAsync(reviewsBefore + 1);
        var newest = Page.Locator("article.review").First;
        await Expect(newest.Locator("h3")).ToHaveTextAsync($"Holdt {Today.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture)}");
        await Expect(newest.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(newest.Locator("tbody tr")).ToContainTextAsync(firstEmployee);
        await Expect(newest.Locator("tbody tr")).ToContainTextAsync("Fortsat opfølgning");
        await Expect(newest.Locator("tbody tr")).ToContainTextAsync("Drøftet på mødet; ny status om en uge.");
        await Screenshot("gennemgang-gemt");
    }

    [Test]
    public async Task ShouldShowTheErrorOfARowInDanishWithoutLosingTheOtherRows()
    {
        await LogIn(DemoAccounts.Coordinator.Email);
        await Page.GotoAsync("/koordinering");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Ugens tavle" }).First.ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hold sagsgennemgang" }).ClickAsync();

        var firstRow = Page.Locator("fieldset.review-row").First;
        await firstRow.GetByLabel("Beslutning").SelectOptionAsync(new SelectOptionValue { Label = "Afslut sagen" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gem sagsgennemgangen" }).ClickAsync();

        await Expect(Page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(Page.Locator("#Input_Items_0__CloseReason-error")).ToContainTextAsync("Skal udfyldes for at afslutte sagen.");
        await Expect(Page.Locator("fieldset.review-row").First.GetByLabel("Beslutning")).ToHaveValueAsync("Close");
        await Screenshot("raekke-fejl");
    }
}

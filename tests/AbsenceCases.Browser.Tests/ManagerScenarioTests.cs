using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>The manager on a phone: log in, register a sick call, hold the first conversation, register the return.</summary>
public sealed class ManagerScenarioTests : BrowserTest
{
    protected override ViewportSize Viewport => new() { Width = 390, Height = 844 };

    [Test]
    public async Task ShouldRegisterASickCallHoldTheFirstConversationAndRegisterTheReturn()
    {
        var employeeNumber = await DemoData.FreeEmployeeNumberOfTheManager();
        await LogIn(DemoAccounts.Manager.Email);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mine sager", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator(".user")).ToContainTextAsync(DemoAccounts.Manager.DisplayName);
        await Screenshot("mine-sager");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Ny sygemelding" }).ClickAsync();
        await Page.GetByLabel("Søg medarbejder").FillAsync(employeeNumber);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Søg", Exact = true }).ClickAsync();
        var employee = Page.GetByLabel("Medarbejder", new() { Exact = true });
        await Expect(employee.Locator("option:checked")).ToContainTextAsync($"({employeeNumber})");
        await Expect(Page.GetByLabel("Første sygedag")).ToHaveValueAsync(Iso(Today));
        await Page.GetByLabel("Første sygedag").FillAsync(Iso(Today.AddDays(-2)));
        await Page.GetByLabel("Fraværstype").SelectOptionAsync(new SelectOptionValue { Label = "Egen sygdom" });
        await Expect(Page.GetByText("Skriv aldrig en diagnose")).ToBeVisibleAsync();
        await Screenshot("sygemelding");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrer sygemelding" }).ClickAsync();

        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Sygemeldingen er registreret.");
        await Expect(Page.Locator("#case-status")).ToHaveTextAsync("Sygemeldt");
        await Screenshot("sag-sygemeldt");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Hold første samtale" }).ClickAsync();
        await Page.GetByLabel("Samtaleform").SelectOptionAsync(new SelectOptionValue { Label = "Telefon" });
        await Page.GetByLabel("Mulighedserklæring").CheckAsync();
        await Screenshot("foerste-samtale");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Hold første samtale" }).ClickAsync();

        await Expect(Page.Locator("#case-status")).ToHaveTextAsync("Første samtale holdt");
        await Expect(Page.Locator("section[aria-labelledby='conversations']")).ToContainTextAsync("Mulighedserklæring");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Registrer tilbagevenden" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrer tilbagevenden" }).ClickAsync();

        await Expect(Page.Locator(".flash")).ToHaveTextAsync("Tilbagevenden er registreret.");
        await Expect(Page.Locator(".facts")).ToContainTextAsync("Tilbage på arbejde");
        await Screenshot("tilbage");
    }

    [Test]
    public async Task ShouldNotOpenTheCasePageOfAnotherUnit()
    {
        var foreignCase = await DemoData.CaseOutsideTheManagersUnits();
        await LogIn(DemoAccounts.Manager.Email);

        var response = await Page.GotoAsync($"/cases/{foreignCase}");

        Assert.That(response!.Status, Is.EqualTo(403));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang" })).ToBeVisibleAsync();
        await Screenshot("ingen-adgang");
    }

    [Test]
    public async Task ShouldShowTheValidationMessagesInDanishOnThePhone()
    {
        await LogIn(DemoAccounts.Manager.Email);
        await Page.GotoAsync("/sygemelding");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Registrer sygemelding" }).ClickAsync();

        await Expect(Page.Locator("#error-summary")).ToBeFocusedAsync();
        await Expect(Page.Locator("#Input_EmployeeId-error")).ToContainTextAsync("Vælg en medarbejder.");
        await Screenshot("fejl");
    }
}

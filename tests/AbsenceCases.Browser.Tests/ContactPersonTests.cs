using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>
/// HR names Helle HR-konsulent the contact person of Børnehuset Kornblomsten in place of Karsten Koordinator; its
/// row shows her as its own, its manager sees her under the menu, and HR gives the workplace its demo contact person back.
/// </summary>
public sealed class ContactPersonTests : BrowserTest
{
    private const string Workplace = "Børnehuset Kornblomsten";

    [Test]
    public async Task ShouldLetHrChangeAWorkplacesContactPersonAndShowTheManagerTheNewOne()
    {
        await LogIn(DemoAccounts.Hr.Email);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Kontaktpersoner" }).ClickAsync();
        try
        {
            await Choose(DemoAccounts.Hr.DisplayName);
            await Expect(Page.Locator(".flash")).ToHaveTextAsync($"{DemoAccounts.Hr.DisplayName} er nu kontaktperson for {Workplace}.");
            var row = Page.Locator("#contact-persons tbody tr", new() { Has = Page.GetByLabel($"Kontaktperson for {Workplace}", new() { Exact = true }) });
            await Expect(row.Locator("td").Nth(1)).ToHaveTextAsync($"{DemoAccounts.Hr.DisplayName} (egen)");
            await Screenshot("kontaktpersoner");
            await AuditThisPage();
            await Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();

            await LogIn(DemoAccounts.Manager.Email);
            await Expect(Page.Locator(".contact-person")).ToContainTextAsync($"Kontaktperson for {Workplace}: {DemoAccounts.Hr.DisplayName}");
            await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Kontaktpersoner" })).ToHaveCountAsync(0);
        }
        finally
        {
            // The demo data is shared by every browser test: the workplace gets its contact person back however this one ends.
            await Page.Context.ClearCookiesAsync();
            await LogIn(DemoAccounts.Hr.Email);
            await Page.GotoAsync("/kontaktpersoner");
            await Choose(DemoAccounts.Coordinator.DisplayName);
        }

        await Expect(Page.Locator(".flash")).ToHaveTextAsync($"{DemoAccounts.Coordinator.DisplayName} er nu kontaktperson for {Workplace}.");
    }

    private async Task Choose(string name)
    {
        var select = Page.GetByLabel($"Kontaktperson for {Workplace}", new() { Exact = true });
        await select.SelectOptionAsync(new SelectOptionValue { Label = name });
        await Page.Locator("form", new() { Has = select }).GetByRole(AriaRole.Button).ClickAsync();
    }
}

using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>The English switch, and HR's import of a CSV file with an error.</summary>
public sealed class LanguageAndImportTests : BrowserTest
{
    [Test]
    public async Task ShouldSwitchToEnglishAndBack()
    {
        await Page.GotoAsync("/login");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "da");

        await Page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();

        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Page.GetByLabel("E-mail").FillAsync(DemoAccounts.Manager.Email);
        await Page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "My cases", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("table.cases")).ToContainTextAsync("Reported");
        await Screenshot("english");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Dansk" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mine sager", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "da");
    }

    [Test]
    public async Task ShouldShowTheBadLineOfAnImportedFile()
    {
        await LogIn(DemoAccounts.All.Single(a => a.Role == "HR").Email);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();

        await Page.GetByLabel("Filen indeholder").SelectOptionAsync(new SelectOptionValue { Label = "Fravær (absences.csv)" });
        await Page.GetByLabel("CSV-fil").SetInputFilesAsync(new FilePayload
        {
            Name = "absences.csv",
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes("employee_number;first_day;last_day;percent;absence_type\n999999;2026-01-05;;100;own_illness\n"),
        });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Importér" }).ClickAsync();

        var row = Page.Locator("#import-errors tbody tr");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("2");
        await Expect(row).ToContainTextAsync("employee_number");
        await Expect(row).ToContainTextAsync("Ukendt medarbejder '999999'.");
        await Screenshot("import-fejl");
    }
}

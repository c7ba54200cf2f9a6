using AbsenceCases.Application.Common.Security;
using AbsenceCases.Infrastructure.Demo;

namespace AbsenceCases.Browser.Tests;

/// <summary>Keyboard use, visible focus and labelled controls, checked in the real browser.</summary>
public sealed class AccessibilityTests : BrowserTest
{
    private const string UnlabelledControls = """
        () => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(control => control.labels.length === 0)
            .map(control => control.name || control.id)
        """;

    [Test]
    public async Task ShouldLogInWithTheKeyboardAloneAndShowWhereTheFocusIs()
    {
        await Page.GotoAsync("/login");

        await Page.Keyboard.PressAsync("Tab");
        var skipLink = Page.GetByRole(AriaRole.Link, new() { Name = "Spring til indholdet" });
        await Expect(skipLink).ToBeFocusedAsync();
        Assert.That(await skipLink.EvaluateAsync<string>("link => getComputedStyle(link).outlineStyle"), Is.EqualTo("solid"));
        await Page.Keyboard.PressAsync("Enter");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Log ind med kommunens login" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.GetByLabel("E-mail")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(DemoAccounts.Manager.Email);
        await Page.Keyboard.PressAsync("Tab");
        await Page.Keyboard.TypeAsync(DemoAccounts.Password);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mine sager", Level = 1 })).ToBeVisibleAsync();
    }

    [Test]
    public async Task ShouldLabelEveryFormControl()
    {
        await Page.GotoAsync("/login");
        Assert.That(await Page.EvaluateAsync<string[]>(UnlabelledControls), Is.Empty, "/login");

        await LogIn(DemoAccounts.Manager.Email);
        foreach (var path in new[] { "/", "/sygemelding", "/politik" })
        {
            await Page.GotoAsync(path);
            Assert.That(await Page.EvaluateAsync<string[]>(UnlabelledControls), Is.Empty, path);
        }

        await Page.GotoAsync("/");
        await Page.Locator("table.cases tbody a").First.ClickAsync();
        await Page.Locator(".actions a").First.ClickAsync();
        await Expect(Page.Locator("main form[method='post']")).ToBeVisibleAsync();
        Assert.That(await Page.EvaluateAsync<string[]>(UnlabelledControls), Is.Empty, Page.Url);
    }

    [Test]
    public async Task ShouldLabelEveryFilterOfTheAuditLog()
    {
        await LogIn(DemoAccounts.All.Single(a => a.Role == Roles.Hr).Email);

        await Page.GetByRole(AriaRole.Link, new() { Name = "Revisionslog" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Revisionslog", Level = 1 })).ToBeVisibleAsync();
        Assert.That(await Page.EvaluateAsync<string[]>(UnlabelledControls), Is.Empty, Page.Url);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Hent som CSV" })).ToHaveAttributeAsync("href", "/api/audit.csv");
    }
}

using AbsenceCases.Application.Common.Security;
using AbsenceCases.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Browser.Tests;

/// <summary>Signing in through the municipality's login: the browser goes to the provider and back.</summary>
public sealed class SingleSignOnTests : BrowserTest
{
    [Test]
    public async Task ShouldSignInThroughTheProviderAndLandOnMyCasesWithTheRoleOfTheGroup()
    {
        BrowserApp.Provider.AddUser("sso.leder@testrup.dk", "sg-fravaer-ledere", "sg-alle-ansatte");

        await SignInThroughProvider("sso.leder@testrup.dk");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Mine sager", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Statistik" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Import" })).ToHaveCountAsync(0);
        Assert.That(await RolesOf("sso.leder@testrup.dk"), Is.EqualTo(new[] { Roles.Manager }));
        await Screenshot("mine-sager");
    }

    [Test]
    public async Task ShouldShowAnUnknownUserTheNoAccessPage()
    {
        BrowserApp.Provider.AddUser("sso.ukendt@testrup.dk", "sg-alle-ansatte");

        await SignInThroughProvider("sso.ukendt@testrup.dk");

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ingen adgang endnu — kontakt HR", Level = 1 })).ToBeVisibleAsync();
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/ingen-adgang-endnu"));
        Assert.That(await RolesOf("sso.ukendt@testrup.dk"), Is.Empty);
    }

    [Test]
    public async Task ShouldSignOutAtTheProviderTooAndComeBackToTheLoginPage()
    {
        BrowserApp.Provider.AddUser("sso.ud@testrup.dk", "sg-fravaer-ledere");
        await SignInThroughProvider("sso.ud@testrup.dk");
        var ended = BrowserApp.Provider.EndedSessions;

        await Page.GetByRole(AriaRole.Button, new() { Name = "Log ud" }).ClickAsync();

        await Expect(Page.GetByText("Du er logget ud.")).ToBeVisibleAsync();
        Assert.That(BrowserApp.Provider.EndedSessions, Is.EqualTo(ended + 1));
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/login"));
    }

    private static Task<IList<string>> RolesOf(string email) => BrowserApp.App.InScope(async services =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    });
}

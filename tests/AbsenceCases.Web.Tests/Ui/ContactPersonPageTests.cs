using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>HR names contact persons on /kontaktpersoner; a manager sees the contact person of their workplace under the menu of every page.</summary>
public sealed class ContactPersonPageTests : UiTest
{
    [TestCase("/")]
    [TestCase("/sygemelding")]
    [TestCase("/statistik")]
    public async Task ShouldShowTheManagerTheirWorkplacesContactPersonOnEveryPage(string path)
    {
        (await (await World.Hr()).PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.HrId })).EnsureSuccessStatusCode();

        var managerA = await (await SignIn(ManagerAEmail)).Get(path);
        var managerB = await (await SignIn(ManagerBEmail)).Get(path);

        var line = managerA.Document.QuerySelector(".contact-person")!;
        Assert.That(line.TextContent.Trim(), Is.EqualTo("Kontaktperson for Børnehuset A: HR, hr@test.local"));
        Assert.That(line.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("mailto:hr@test.local"));
        Assert.That(managerB.Document.QuerySelector(".contact-person"), Is.Null, "workplace B has no contact person");
    }

    [Test]
    public async Task ShouldLetHrNameAWorkplacesContactPersonThatItsManagerThenSeesAndTakeItAwayAgain()
    {
        var hr = await SignIn(HrEmail);
        var page = await hr.Get("/kontaktpersoner");

        var saved = await hr.Submit(page, $"#unit-{World.UnitA} form", new() { ["Input.UserId"] = World.HrId });

        Assert.That(saved.Flash, Is.EqualTo("HR er nu kontaktperson for Børnehuset A."));
        Assert.That(saved.Document.QuerySelector($"#unit-{World.UnitA} td[data-label='Kontaktperson']")!.TextContent.Trim(), Does.StartWith("HR").And.EndWith("(egen)"));
        var manager = await (await SignIn(ManagerAEmail)).Get("/");
        Assert.That(manager.Document.QuerySelector(".contact-person")!.TextContent.Trim(), Is.EqualTo("Kontaktperson for Børnehuset A: HR, hr@test.local"));

        var removed = await hr.Submit(saved, $"#unit-{World.UnitA} form", new() { ["Input.UserId"] = string.Empty });

        Assert.That(removed.Flash, Is.EqualTo("Kontaktpersonen er fjernet."));
        Assert.That((await (await SignIn(ManagerAEmail)).Get("/")).Document.QuerySelector(".contact-person"), Is.Null);
    }

    [Test]
    public async Task ShouldRefuseAContactPersonWhoCannotReadTheUnitsCasesAtItsRowAndChangeNothing()
    {
        var hr = await SignIn(HrEmail);
        var page = await hr.Get("/kontaktpersoner");

        var refused = await hr.Submit(page, $"#unit-{World.UnitA} form", new() { ["Input.UserId"] = World.ManagerAId });

        Assert.That(refused.Document.QuerySelector($"#unit-{World.UnitA} .field-error")!.TextContent, Does.Contain("Kontaktpersonen skal kunne læse enhedens sager"));
        Assert.That(refused.Document.QuerySelectorAll(".field-error"), Has.Length.EqualTo(1), "only the row that was sent shows the error");
        Assert.That(await World.InDatabase(db => db.UnitContactPersons.CountAsync()), Is.Zero);
    }
}

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>A manager sees the contact person of their workplace under the menu of every page.</summary>
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
}

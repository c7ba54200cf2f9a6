using AbsenceCases.Application.Administration;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/admin/brugere and /admin/job: the admin's users (roles, managed units, blocked) and running a scheduled job now.</summary>
public sealed class AdminPageTests : UiTest
{
    private const string AdminEmail = "admin@test.local";
    private const string Form = "#user-form";

    [Test]
    public async Task ShouldCreateAManagerWhoCanThenLogIn()
    {
        var session = await SignIn(AdminEmail);
        var form = await session.Get("/admin/bruger");
        Assert.That(form.Document.QuerySelectorAll("#Input_Roles label").Select(l => l.TextContent),
            Is.EqualTo(new[] { "Leder", "Sygefraværskoordinator", "HR", "Administrator", "Medarbejder" }));

        var page = await session.Submit(form, Form, new()
        {
            ["Input.Email"] = "ny.leder@test.local", ["Input.Password"] = "Start!2026-ny", ["Input.DisplayName"] = "Ny Leder",
        }, lists: new() { ["Input.Roles"] = ["Manager"], ["Input.ManagedUnitIds"] = [$"{World.UnitB}"] });

        Assert.That(page.Url, Is.EqualTo("/admin/brugere"));
        Assert.That(page.Flash, Is.EqualTo("Brugeren er oprettet."));
        var row = page.Document.QuerySelectorAll("#users tbody tr").Single(r => r.TextContent.Contains("ny.leder@test.local"));
        Assert.That(row.QuerySelectorAll("th, td").Select(c => c.TextContent), Is.EqualTo(new[] { "Ny Leder", "ny.leder@test.local", "Leder", "Børnehuset B", "Aktiv" }));
        var newManager = await UiSession.SignedIn(Factory, "ny.leder@test.local", "Start!2026-ny");
        Assert.That((await newManager.Get("/")).HeaderText, Does.Contain("Ny Leder"));
    }

    [Test]
    public async Task ShouldAnswerABadUserInDanish()
    {
        var session = await SignIn(AdminEmail);
        var form = await session.Get("/admin/bruger");

        var empty = await session.Submit(form, Form);
        var weak = await session.Submit(form, Form, new()
        {
            ["Input.Email"] = "svag@test.local", ["Input.Password"] = "kort", ["Input.DisplayName"] = "Svag",
        }, lists: new() { ["Input.Roles"] = ["Coordinator"], ["Input.ManagedUnitIds"] = [$"{World.UnitA}"] });
        var unitsWithoutManager = weak.FieldError("Input_ManagedUnitIds");
        var passwordOnly = await session.Submit(form, Form, new()
        {
            ["Input.Email"] = "svag@test.local", ["Input.Password"] = "kort", ["Input.DisplayName"] = "Svag",
        }, lists: new() { ["Input.Roles"] = ["Coordinator"] });

        Assert.That(empty.FieldError("Input_Email"), Does.EndWith("Skal udfyldes."));
        Assert.That(empty.FieldError("Input_Password"), Does.EndWith("Skal udfyldes."));
        Assert.That(empty.FieldError("Input_DisplayName"), Does.EndWith("Skal udfyldes."));
        Assert.That(unitsWithoutManager, Does.EndWith("Kun en leder kan lede enheder."));
        Assert.That(passwordOnly.FieldError("Input_Password"), Does.EndWith("Adgangskoden skal have mindst 12 tegn."));
        var users = await (await (await World.Admin()).GetAsync("/api/admin/users")).Read<List<UserDto>>();
        Assert.That(users.Select(u => u.Email), Does.Not.Contain("svag@test.local"));
    }

    [Test]
    public async Task ShouldChangeRolesAndBlockAUser()
    {
        var session = await SignIn(AdminEmail);
        var list = await session.Get("/admin/brugere");
        var form = await session.Get(list.Document.QuerySelectorAll("#users tbody a").Single(a => a.TextContent == "Leder B").GetAttribute("href")!);
        Assert.That(form.Document.QuerySelector("#Input_Roles_Manager")!.HasAttribute("checked"), Is.True);
        Assert.That(form.Document.QuerySelector($"#Input_ManagedUnitIds_{World.UnitB}")!.HasAttribute("checked"), Is.True);

        var page = await session.Submit(form, Form, new() { ["Blocked"] = "true", ["Input.DisplayName"] = "Leder B (orlov)" },
            lists: new() { ["Input.Roles"] = ["Manager", "Coordinator"] });

        Assert.That(page.Flash, Is.EqualTo("Brugeren er gemt."));
        var user = (await (await (await World.Admin()).GetAsync("/api/admin/users")).Read<List<UserDto>>()).Single(u => u.Id == World.ManagerBId);
        Assert.That((user.DisplayName, user.Blocked), Is.EqualTo(("Leder B (orlov)", true)));
        Assert.That(user.Roles, Is.EquivalentTo(new[] { "Manager", "Coordinator" }));
        Assert.That(user.ManagedUnitIds, Is.EqualTo(new[] { World.UnitB }));
    }

    [Test]
    public async Task ShouldNotLetTheAdminBlockThemselves()
    {
        var session = await SignIn(AdminEmail);
        var list = await session.Get("/admin/brugere");
        var form = await session.Get(list.Document.QuerySelectorAll("#users tbody a").Single(a => a.TextContent == "Admin").GetAttribute("href")!);

        var page = await session.Submit(form, Form, new() { ["Blocked"] = "true" });

        Assert.That(page.SummaryErrors, Is.EqualTo(new[] { "Du kan ikke spærre dig selv eller fjerne din egen administratorrolle." }));
    }

    [Test]
    public async Task ShouldRunAJobNowAndShowItsCounts()
    {
        var session = await SignIn(AdminEmail);
        var jobs = await session.Get("/admin/job");
        Assert.That(jobs.Document.QuerySelectorAll("#jobs tbody code").Select(c => c.TextContent),
            Is.EqualTo(new[] { "dispatch-reminders", "weekly-review-agenda", "retention", "frequent-absence", "statistics-refresh" }));

        var first = await session.Submit(jobs, "#jobs tbody tr:nth-child(2) form");
        var again = await session.Submit(jobs, "#jobs tbody tr:nth-child(2) form");

        // Group A has one member who uses the system, the coordinator: one agenda, and none the second time this week.
        Assert.That(first.Document.GetElementById("job-result")!.QuerySelector("p")!.TextContent, Is.EqualTo("Jobbet weekly-review-agenda er kørt."));
        Assert.That(Counts(first), Is.EqualTo(new[] { "Dagsordener | 1", "E-mails sendt | 0", "E-mails, der ikke kunne sendes | 0" }));
        Assert.That(Counts(again), Is.EqualTo(new[] { "Dagsordener | 0", "E-mails sendt | 0", "E-mails, der ikke kunne sendes | 0" }));
    }

    [Test]
    public async Task ShouldKeepHrAndManagersOutAndRefuseAPostWithoutTheToken()
    {
        var hr = await SignIn(HrEmail);
        var users = await hr.Get("/admin/brugere");
        var jobs = await (await SignIn(ManagerAEmail)).Get("/admin/job");
        var withoutToken = await (await SignIn(AdminEmail)).Post("/admin/job", new() { ["name"] = "weekly-review-agenda" });
        var userWithoutToken = await (await SignIn(AdminEmail)).Post("/admin/bruger", new()
        {
            ["Input.Email"] = "uden.token@test.local", ["Input.Password"] = "Start!2026-ny", ["Input.DisplayName"] = "Uden token", ["Input.Roles"] = "HR",
        });
        var unknownUser = await (await SignIn(AdminEmail)).Get("/admin/bruger/no-such-user");

        Assert.That(users.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(users.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
        Assert.That(users.Links("nav.main-nav a"), Does.Not.Contain("Brugere").And.Contain("Statistik"));
        Assert.That(jobs.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(userWithoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknownUser.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    private static IReadOnlyList<string> Counts(UiPage page) =>
        page.Document.QuerySelectorAll("#job-counts tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("th, td").Select(c => c.TextContent))).ToList();
}

using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Coordination;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/koordinering/gruppe: HR creates and changes coordination groups — name, meeting day, workplaces and members.</summary>
public sealed class GroupPageTests : UiTest
{
    private const string Form = "#group-form";

    [Test]
    public async Task ShouldCreateAGroupWithWorkplacesAndMembers()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/koordinering/gruppe");
        Assert.That(form.Document.QuerySelectorAll("#Input_WorkplaceIds input[type=checkbox]").Select(c => c.NextElementSibling!.TextContent),
            Is.EqualTo(new[] { "Børnehuset A", "Børnehuset B" }), "the workplaces only, not the area or the team");
        Assert.That(form.Links("#Input_MeetingDay option"), Is.EqualTo(new[] { "Vælg dag", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag", "Lørdag", "Søndag" }));

        var page = await session.Submit(form, Form, new()
        {
            ["Input.Name"] = "Gruppe B",
            ["Input.MeetingDay"] = "Thursday",
            ["Input.Members[0].Name"] = "Tina Tillid",
            ["Input.Members[0].Role"] = "EmployeeRepresentative",
            ["Input.Members[1].UserId"] = World.ManagerBId,
            ["Input.Members[1].Role"] = "Leader",
        }, lists: new() { ["Input.WorkplaceIds"] = [$"{World.UnitB}"] });

        Assert.That(page.Url, Is.EqualTo("/koordinering"));
        Assert.That(page.Flash, Is.EqualTo("Koordineringsgruppen er gemt."));
        var groups = await (await (await World.Hr()).GetAsync("/api/coordination-groups")).Read<List<CoordinationGroupDto>>();
        var created = groups.Single(g => g.Name == "Gruppe B");
        Assert.That(created.MeetingDay, Is.EqualTo(DayOfWeek.Thursday));
        Assert.That(created.Workplaces.Select(w => w.Name), Is.EqualTo(new[] { "Børnehuset B" }));
        Assert.That(created.Members, Is.EqualTo(new[]
        {
            new GroupMemberDto(null, "Tina Tillid", MemberRole.EmployeeRepresentative),
            new GroupMemberDto(World.ManagerBId, "Leder B", MemberRole.Leader),
        }), "a member chosen as a user without a name gets the user's name");
    }

    [Test]
    public async Task ShouldChangeAGroupStartingFromItsCurrentValues()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get($"/koordinering/gruppe/{World.GroupA}");
        Assert.That(form.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ret Gruppe A"));
        Assert.That(form.ValueOf("Input_Name"), Is.EqualTo("Gruppe A"));
        Assert.That(form.ValueOf("Input_MeetingDay"), Is.EqualTo("Tuesday"));
        Assert.That(form.ValueOf("Input_Members_0__UserId"), Is.EqualTo(World.CoordinatorId));
        Assert.That(form.Document.QuerySelectorAll("fieldset.member"), Has.Length.EqualTo(3), "the member and two empty rows");

        var page = await session.Submit(form, Form, new()
        {
            ["Input.MeetingDay"] = "Wednesday",
            ["Input.Members[1].Name"] = "Lene Leder",
            ["Input.Members[1].UserId"] = World.ManagerAId,
            ["Input.Members[1].Role"] = "Leader",
        }, lists: new() { ["Input.WorkplaceIds"] = [$"{World.UnitA}", $"{World.UnitB}"] });

        Assert.That(page.Flash, Is.EqualTo("Koordineringsgruppen er gemt."));
        var group = (await (await (await World.Hr()).GetAsync("/api/coordination-groups")).Read<List<CoordinationGroupDto>>()).Single(g => g.Id == World.GroupA);
        Assert.That((group.Name, group.MeetingDay), Is.EqualTo(("Gruppe A", DayOfWeek.Wednesday)));
        Assert.That(group.Workplaces.Select(w => w.Name), Is.EqualTo(new[] { "Børnehuset A", "Børnehuset B" }));
        Assert.That(group.Members.Select(m => (m.Name, m.Role)), Is.EqualTo(new[] { ("Koordinator", MemberRole.HrConsultant), ("Lene Leder", MemberRole.Leader) }));
    }

    [Test]
    public async Task ShouldAnswerAnIncompleteGroupInDanishOnItsFieldsAndRows()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/koordinering/gruppe");

        var page = await session.Submit(form, Form, new() { ["Input.Members[1].Role"] = "Leader" });

        Assert.That(page.FieldError("Input_Name"), Does.EndWith("Skal udfyldes."));
        Assert.That(page.FieldError("Input_MeetingDay"), Does.EndWith("Skal udfyldes."));
        Assert.That(page.FieldError("Input_WorkplaceIds"), Does.EndWith("Der skal være mindst én arbejdsplads."));
        Assert.That(page.FieldError("Input_Members_1__Name"), Does.EndWith("Skal udfyldes."), "the empty first row was not sent");
        Assert.That(page.FieldError("Input_Members_0__Name"), Is.Null);
    }

    [Test]
    public async Task ShouldRefuseASecondGroupOfTheSameNameInDanish()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/koordinering/gruppe");

        var page = await session.Submit(form, Form, new() { ["Input.Name"] = "Gruppe A", ["Input.MeetingDay"] = "Monday" },
            lists: new() { ["Input.WorkplaceIds"] = [$"{World.UnitB}"] });

        Assert.That(page.SummaryErrors, Is.EqualTo(new[] { "Der er allerede en koordineringsgruppe, der hedder 'Gruppe A'." }));
        Assert.That(page.Document.QuerySelector($"#Input_WorkplaceIds_{World.UnitB}")!.HasAttribute("checked"), Is.True, "the choice is kept");
    }

    [Test]
    public async Task ShouldAddEmptyMemberRowsWithoutSaving()
    {
        var session = await SignIn(HrEmail);
        var form = await session.Get("/koordinering/gruppe");

        var page = await session.Submit(form, Form, new() { ["Input.Name"] = "Ny gruppe" }, button: "button[formaction]");

        Assert.That(page.Document.QuerySelectorAll("fieldset.member"), Has.Length.EqualTo(4));
        Assert.That(page.ValueOf("Input_Name"), Is.EqualTo("Ny gruppe"));
        var groups = await (await (await World.Hr()).GetAsync("/api/coordination-groups")).Read<List<CoordinationGroupDto>>();
        Assert.That(groups.Select(g => g.Name), Is.EqualTo(new[] { "Gruppe A" }));
    }

    [Test]
    public async Task ShouldKeepManagersAndCoordinatorsOutAndRefuseAPostWithoutTheToken()
    {
        var manager = await (await SignIn(ManagerAEmail)).Get("/koordinering/gruppe");
        var coordinator = await (await SignIn(CoordinatorEmail)).Get($"/koordinering/gruppe/{World.GroupA}");
        var hr = await SignIn(HrEmail);
        var withoutToken = await hr.Post("/koordinering/gruppe", new() { ["Input.Name"] = "Uden token", ["Input.MeetingDay"] = "Monday", ["Input.WorkplaceIds"] = $"{World.UnitB}" });
        var unknown = await hr.Get("/koordinering/gruppe/99999");

        Assert.That(manager.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(manager.Document.QuerySelector("h1")!.TextContent, Is.EqualTo("Ingen adgang"));
        Assert.That(coordinator.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(withoutToken.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknown.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }
}

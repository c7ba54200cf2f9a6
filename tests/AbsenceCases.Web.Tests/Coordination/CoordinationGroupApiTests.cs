using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Coordination;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Coordination;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class CoordinationGroupApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldCreateAGroupAndGiveItsCoordinatorTheScopeOfItsWorkplaces()
    {
        var hr = await World.Hr();
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        var response = await hr.PostJson("/api/coordination-groups", new
        {
            name = "Gruppe B",
            meetingDay = "Thursday",
            workplaceIds = new[] { World.UnitB },
            members = new object[]
            {
                new { userId = World.CoordinatorId, name = "Koordinator", role = "HrConsultant" },
                new { userId = World.ManagerBId, name = "Leder B", role = "Leader" },
                new { name = "Tove Tillid", role = "EmployeeRepresentative" },
            },
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var group = await response.Read<CoordinationGroupDto>();
        Assert.That((group.Name, group.MeetingDay, group.HasFullComposition), Is.EqualTo(("Gruppe B", DayOfWeek.Thursday, true)));
        Assert.That(group.Workplaces.Select(w => w.Name), Is.EqualTo(new[] { "Børnehuset B" }));
        var coordinatorCases = await (await (await World.Coordinator()).GetAsync("/api/cases")).Read<CaseList>();
        Assert.That(coordinatorCases.Items.Select(c => c.Id), Is.EqualTo(new[] { caseOfB }));
    }

    [Test]
    public async Task ShouldMoveTheCoordinatorsScopeWhenTheGroupsWorkplacesChange()
    {
        var caseOfA = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        var updated = await (await (await World.Hr()).PutAsJsonAsync($"/api/coordination-groups/{World.GroupA}", new
        {
            name = "Gruppe A og B",
            meetingDay = "Tuesday",
            workplaceIds = new[] { World.UnitB },
            members = new[] { new { userId = World.CoordinatorId, name = "Koordinator", role = "HrConsultant" } },
        }, Json.Options)).Read<CoordinationGroupDto>();

        Assert.That(updated.HasFullComposition, Is.False, "no leader and no employee representative");
        var coordinator = await World.Coordinator();
        await (await coordinator.GetAsync($"/api/cases/{caseOfA}")).Problem(HttpStatusCode.Forbidden);
        Assert.That((await GetCase(coordinator, caseOfB)).Id, Is.EqualTo(caseOfB));
    }

    [Test]
    public async Task ShouldRefuseADuplicateName()
    {
        var response = await (await World.Hr()).PostJson("/api/coordination-groups", new
        {
            name = "Gruppe A",
            meetingDay = "Monday",
            workplaceIds = new[] { World.UnitB },
            members = Array.Empty<object>(),
        });

        await response.Problem(HttpStatusCode.Conflict);
    }

    [TestCase("""{"meetingDay":"Monday","workplaceIds":[1],"members":[]}""", "name", TestName = "no name")]
    [TestCase("""{"name":"X","meetingDay":"Someday","workplaceIds":[1],"members":[]}""", "meetingDay", TestName = "unknown weekday")]
    [TestCase("""{"name":"X","meetingDay":"Monday","workplaceIds":[],"members":[]}""", "workplaceIds", TestName = "no workplaces")]
    [TestCase("""{"name":"X","meetingDay":"Monday","workplaceIds":[99999],"members":[]}""", "workplaceIds", TestName = "unknown workplace")]
    [TestCase("""{"name":"X","meetingDay":"Monday","workplaceIds":[1],"members":[{"name":"Y"}]}""", "members[0].role", TestName = "member without role")]
    [TestCase("""{"name":"X","meetingDay":"Monday","workplaceIds":[1],"members":[{"role":"Leader"}]}""", "members[0].name", TestName = "member without name")]
    [TestCase("""{"name":"X","meetingDay":"Monday","workplaceIds":[1],"members":[{"userId":"nobody","name":"Y","role":"Leader"}]}""", "members[0].userId", TestName = "member with an unknown account")]
    public async Task ShouldRejectABadGroupNamingTheField(string json, string field)
    {
        var response = await (await World.Hr()).PostRawJson("/api/coordination-groups", json);

        Assert.That(await response.FieldErrors(), Does.Contain(field));
    }

    [Test]
    public async Task ShouldLetOnlyHrAndAdminManageGroups()
    {
        var response = await (await World.Coordinator()).PostJson("/api/coordination-groups", new
        {
            name = "Min egen gruppe",
            meetingDay = "Monday",
            workplaceIds = new[] { World.UnitA },
            members = Array.Empty<object>(),
        });

        await response.Problem(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldListTheGroupsACoordinatorBelongsToAndNoneToAManager()
    {
        var groups = await (await (await World.Coordinator()).GetAsync("/api/coordination-groups")).Read<List<CoordinationGroupDto>>();

        Assert.That(groups.Select(g => (g.Name, g.Members.Single().Role)), Is.EqualTo(new[] { ("Gruppe A", MemberRole.HrConsultant) }));
        await (await (await World.ManagerB()).GetAsync("/api/coordination-groups")).Problem(HttpStatusCode.Forbidden);
    }
}

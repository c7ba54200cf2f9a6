using AbsenceCases.Application.Organisation.ContactPersons;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Organisation;

/// <summary>HR names a workplace's contact person; the units below share them, and its manager sees who it is.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ContactPersonApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldNameAnHrUserWhomTheWorkplaceAndItsTeamShareAndItsManagerSees()
    {
        var hr = await World.Hr();

        var set = await (await hr.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.HrId })).Read<ContactPersonDto>();
        var mine = await (await (await World.ManagerA()).GetAsync("/api/units/contact-persons/mine")).Read<List<ContactPersonDto>>();
        var overview = await (await hr.GetAsync("/api/units/contact-persons")).Read<ContactPersonOverview>();

        Assert.That(set, Is.EqualTo(new ContactPersonDto(World.UnitA, "Børnehuset A", World.UnitA, World.HrId, "HR", "hr@test.local")));
        Assert.That(mine, Is.EqualTo(new[] { set }));
        var rows = overview.Units.ToDictionary(u => u.UnitId);
        Assert.That(rows[World.UnitA].ContactPerson, Is.EqualTo(set));
        Assert.That(rows[World.UnitB].ContactPerson, Is.Null, "the other workplace has none");
        Assert.That(rows.ContainsKey(World.TeamA1), Is.False, "HR names contact persons of areas and workplaces");
        Assert.That(overview.Candidates.Select(c => c.Id), Is.EquivalentTo(new[] { World.HrId, World.CoordinatorId }));
        Assert.That(await (await (await World.ManagerB()).GetAsync("/api/units/contact-persons/mine")).Read<List<ContactPersonDto>>(), Is.Empty);
    }

    [Test]
    public async Task ShouldLetATeamShareTheWorkplacesContactPersonAndAWorkplaceOverrideTheAreas()
    {
        var hr = await World.Hr();
        var area = await World.InDatabase(db => db.Units.Where(u => u.Code == "DAG").Select(u => u.Id).SingleAsync());
        await (await hr.PutAsJsonAsync($"/api/units/{area}/contact-person", new { userId = World.HrId })).Read<ContactPersonDto>();
        await (await hr.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.CoordinatorId })).Read<ContactPersonDto>();

        var rows = (await (await hr.GetAsync("/api/units/contact-persons")).Read<ContactPersonOverview>()).Units.ToDictionary(u => u.UnitId);

        Assert.That((rows[World.UnitA].ContactPerson!.UserId, rows[World.UnitA].ContactPerson!.FromUnitId), Is.EqualTo((World.CoordinatorId, World.UnitA)));
        Assert.That((rows[World.UnitB].ContactPerson!.UserId, rows[World.UnitB].ContactPerson!.FromUnitId), Is.EqualTo((World.HrId, area)));
    }

    [Test]
    public async Task ShouldTakeTheContactPersonAwayWithNoUser()
    {
        var hr = await World.Hr();
        await (await hr.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.HrId })).Read<ContactPersonDto>();

        var cleared = await hr.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = (string?)null });

        Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await World.InDatabase(db => db.UnitContactPersons.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseSomeoneWhoCannotReadTheUnitsCasesAndKeepTheContactPersonThere()
    {
        var hr = await World.Hr();
        await (await hr.PutAsJsonAsync($"/api/units/{World.UnitB}/contact-person", new { userId = World.HrId })).Read<ContactPersonDto>();

        // The coordinator's group covers workplace A only; a manager and an employee read no one else's cases as contact.
        var outsideTheGroup = await (await hr.PutAsJsonAsync($"/api/units/{World.UnitB}/contact-person", new { userId = World.CoordinatorId })).Problem(HttpStatusCode.BadRequest);
        var manager = await (await hr.PutAsJsonAsync($"/api/units/{World.UnitB}/contact-person", new { userId = World.ManagerBId })).Problem(HttpStatusCode.BadRequest);
        var employee = await (await hr.PutAsJsonAsync($"/api/units/{World.UnitB}/contact-person", new { userId = World.EmployeeAUserId })).Problem(HttpStatusCode.BadRequest);
        var unknown = await (await hr.PutAsJsonAsync($"/api/units/{World.UnitB}/contact-person", new { userId = "no-such-user" })).Problem(HttpStatusCode.BadRequest);
        var tooLong = await (await hr.PutAsJsonAsync($"/api/units/{World.UnitB}/contact-person", new { userId = new string('x', 451) })).Problem(HttpStatusCode.BadRequest);
        await (await hr.PutAsJsonAsync("/api/units/999999/contact-person", new { userId = World.HrId })).Problem(HttpStatusCode.NotFound);
        var team = await (await hr.PutAsJsonAsync($"/api/units/{World.TeamA1}/contact-person", new { userId = World.HrId })).Problem(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(outsideTheGroup.Codes(), Is.EqualTo(new[] { "userId: contactPerson.withoutAccess" }));
            Assert.That(manager.Codes(), Is.EqualTo(new[] { "userId: contactPerson.withoutAccess" }));
            Assert.That(employee.Codes(), Is.EqualTo(new[] { "userId: contactPerson.withoutAccess" }));
            Assert.That(unknown.Codes(), Is.EqualTo(new[] { "userId: field.unknownUser" }));
            Assert.That(tooLong.Codes(), Is.EqualTo(new[] { "userId: field.tooLong(max: 450)" }));
            Assert.That(team.Codes(), Is.EqualTo(new[] { "unitId: contactPerson.areaOrWorkplace" }));
        });
        var stored = await World.InDatabase(db => db.UnitContactPersons.Select(c => new { c.UnitId, c.UserId }).ToListAsync());
        Assert.That(stored.Select(c => (c.UnitId, c.UserId)), Is.EqualTo(new[] { (World.UnitB, World.HrId) }));
    }

    [Test]
    public async Task ShouldLetOnlyHrNameAContactPerson()
    {
        foreach (var client in new[] { await World.ManagerA(), await World.Coordinator(), await World.Admin(), await World.EmployeeASelf() })
        {
            await (await client.PutAsJsonAsync($"/api/units/{World.UnitA}/contact-person", new { userId = World.HrId })).Problem(HttpStatusCode.Forbidden);
            await (await client.GetAsync("/api/units/contact-persons")).Problem(HttpStatusCode.Forbidden);
        }

        Assert.That(await World.InDatabase(db => db.UnitContactPersons.CountAsync()), Is.Zero);
    }
}

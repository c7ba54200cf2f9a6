using AbsenceCases.Application.Prevention;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Prevention;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class InitiativeApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldCreateListUpdateAndDeleteAnInitiative()
    {
        var hr = await World.Hr();

        var created = await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "EmotionalDemandsOffer", description = "Supervision for personalet", startOn = "2025-09-01",
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var initiative = await created.Read<InitiativeDto>();
        var updated = await (await hr.PutAsJsonAsync($"/api/prevention-initiatives/{initiative.Id}", new
        {
            unitId = World.UnitA, type = "EmotionalDemandsOffer", description = "Supervision hver 14. dag", startOn = "2025-09-01", endOn = "2026-06-30",
        }, Json.Options)).Read<InitiativeDto>();
        var list = await (await hr.GetAsync("/api/prevention-initiatives")).Read<List<InitiativeDto>>();
        var deleted = await hr.DeleteAsync($"/api/prevention-initiatives/{initiative.Id}");

        Assert.That((updated.Description, updated.EndOn, updated.UnitName), Is.EqualTo(("Supervision hver 14. dag", (DateOnly?)new DateOnly(2026, 6, 30), "Børnehuset A")));
        Assert.That(list.Select(i => (i.Id, i.Type)), Is.EqualTo(new[] { (initiative.Id, InitiativeType.EmotionalDemandsOffer) }));
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await (await hr.GetAsync("/api/prevention-initiatives")).Read<List<InitiativeDto>>(), Is.Empty);
    }

    [Test]
    public async Task ShouldNotListTheInitiativesToAManagerOrCoordinator()
    {
        var hr = await World.Hr();
        await hr.PostJson("/api/prevention-initiatives", new { unitId = World.UnitA, type = "LeadershipTraining", description = "Lederuddannelse", startOn = "2025-01-01" });

        await (await (await World.ManagerA()).GetAsync("/api/prevention-initiatives")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Coordinator()).GetAsync("/api/prevention-initiatives")).Problem(HttpStatusCode.Forbidden);
    }

    [TestCase("""{"type":"Other","description":"x","startOn":"2025-01-01"}""", "unitId", TestName = "no unit")]
    [TestCase("""{"unitId":99999,"type":"Other","description":"x","startOn":"2025-01-01"}""", "unitId", TestName = "unknown unit")]
    [TestCase("""{"unitId":-1,"type":"Yoga","description":"x","startOn":"2025-01-01"}""", "type", TestName = "unknown type")]
    [TestCase("""{"unitId":1,"type":"Other","startOn":"2025-01-01"}""", "description", TestName = "no description")]
    [TestCase("""{"unitId":1,"type":"Other","description":"x"}""", "startOn", TestName = "no start")]
    [TestCase("""{"unitId":1,"type":"Other","description":"x","startOn":"2025-01-01","endOn":"2024-12-31"}""", "endOn", TestName = "end before start")]
    public async Task ShouldRejectABadInitiativeNamingTheField(string json, string field)
    {
        var response = await (await World.Hr()).PostRawJson("/api/prevention-initiatives", json);

        Assert.That(await response.FieldErrors(), Does.Contain(field));
    }

    [Test]
    public async Task ShouldPlaceAnInitiativeAtAWorkplaceOnly()
    {
        var response = await (await World.Hr()).PostJson("/api/prevention-initiatives", new { unitId = World.TeamA1, type = "Other", description = "x", startOn = "2025-01-01" });

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { "unitId" }));
    }

    [Test]
    public async Task ShouldLetOnlyHrChangeInitiatives()
    {
        var response = await (await World.ManagerA()).PostJson("/api/prevention-initiatives", new { unitId = World.UnitA, type = "Other", description = "x", startOn = "2025-01-01" });

        await response.Problem(HttpStatusCode.Forbidden);
        await (await (await World.Hr()).DeleteAsync("/api/prevention-initiatives/99999")).Problem(HttpStatusCode.NotFound);
    }
}

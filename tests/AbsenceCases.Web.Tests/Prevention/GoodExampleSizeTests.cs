using System.Net;
using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Prevention;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Prevention;

/// <summary>
/// Every manager reads the whole bank, so a workplace too small for its absence rate to stay anonymous cannot be an
/// example. With GoodExamples:MinEmployees at 3: workplace A (Anna, Clara and Bo in its team) has exactly 3, B only Dorte.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class GoodExampleSizeTests(DatabaseProvider provider) : ApiTest(provider)
{
    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string> { ["GoodExamples:MinEmployees"] = "3" };

    [Test]
    public async Task ShouldTakeAWorkplaceOfExactlyTheFewestEmployeesAndRefuseASmallerOne()
    {
        var hr = await World.Hr();
        var atA = await Initiative(hr, World.UnitA);
        var atB = await Initiative(hr, World.UnitB);

        var taken = await hr.PostJson("/api/good-examples", new { initiativeId = atA, title = "A", whatWasDone = "W", whatCameOfIt = "C" });
        var refused = await (await hr.PostJson("/api/good-examples", new { initiativeId = atB, title = "B", whatWasDone = "W", whatCameOfIt = "C" }))
            .Problem(HttpStatusCode.BadRequest);

        Assert.That((await taken.Read<GoodExampleDto>()).Title, Is.EqualTo("A"));
        Assert.That(refused.Codes(), Does.Contain("initiativeId: goodExample.tooFewEmployees(employees: 1, min: 3)"));
        Assert.That(await World.InDatabase(db => db.GoodExamples.Select(e => e.Title).ToListAsync()), Is.EqualTo(new[] { "A" }));
    }

    private static async Task<int> Initiative(HttpClient hr, int unitId) =>
        (await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId, type = "LeadershipTraining", description = "Sparring", startOn = "2026-01-05",
        })).Read<InitiativeDto>()).Id;
}

using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Prevention;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>/gode-eksempler: every manager reads and searches the whole bank, with the figures before and after.</summary>
public sealed class GoodExamplePageTests : UiTest
{
    [Test]
    public async Task ShouldShowAnotherWorkplacesExampleWithItsFiguresAndFindItByAWord()
    {
        var hr = await World.Hr();
        var initiative = await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "LeadershipTraining", description = "Sparring", startOn = "2026-01-05",
        })).Read<InitiativeDto>();
        await (await hr.PostJson("/api/good-examples", new
        {
            initiativeId = initiative.Id, title = "Makkerpar i stuerne", whatWasDone = "Faste makkerpar, der dækker hinanden.", whatCameOfIt = "Ro på ved fravær.",
        })).Read<GoodExampleDto>();
        var session = await SignIn(ManagerBEmail);

        var all = await session.Get("/gode-eksempler");
        var found = await session.Get("/gode-eksempler?soeg=MAKKERPAR");
        var missed = await session.Get("/gode-eksempler?soeg=kantine");

        var example = all.Document.QuerySelector("section.good-example")!;
        Assert.That(example.QuerySelector("h2")!.TextContent, Is.EqualTo("Makkerpar i stuerne"));
        Assert.That(example.QuerySelector(".hint")!.TextContent, Is.EqualTo("Børnehuset A · Forebyggende indsats · udvalgt 16.03.2026"));
        Assert.That(
            example.QuerySelectorAll("table.figures tbody tr").Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent))).Take(1),
            Is.EqualTo(new[] { "Måneder | 2025-07 – 2025-12 | 2026-01 – 2026-03" }));
        Assert.That(found.Document.QuerySelectorAll("section.good-example"), Has.Length.EqualTo(1));
        Assert.That(missed.Document.QuerySelectorAll("section.good-example"), Is.Empty);
        Assert.That(missed.Document.GetElementById("no-examples")!.TextContent, Is.EqualTo("Ingen eksempler passer til søgningen."));
    }
}

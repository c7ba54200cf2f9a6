using System.Net;
using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Prevention;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Domain.Prevention;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Prevention;

/// <summary>
/// The bank of good examples: HR marks an initiative or a workplace's follow-up, the system fills in the figures before
/// and after, and every manager and coordinator searches all of it. Today is 16.03.2026. Workplace B of the small test world has
/// one employee, so the fewest employees a workplace needs (GoodExamples:MinEmployees) is 1 here; see GoodExampleSizeTests.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class GoodExampleApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Header = "unit_code;dimension;score;respondents;invited\n";

    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string> { ["GoodExamples:MinEmployees"] = "1" };

    [Test]
    public async Task ShouldFillInAnInitiativesAbsenceAsTheSuccessCriteriaHaveItAndTheWellbeingAroundItsStart()
    {
        var hr = await World.Hr();
        await Measurement(hr, "Efterår 2025", "2025-10-06", "2025-10-24", "2025-11-10", Header + "A;Tillid;60;10;12\nA;Samarbejde;71;10;12\n");
        await Measurement(hr, "Forår 2026", "2026-02-02", "2026-02-13", "2026-03-02", Header + "A;Tillid;70;10;12\nA;Samarbejde;75;10;12\n");
        var initiative = await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "LeadershipTraining", description = "Morgenmøder", startOn = "2026-01-05",
        })).Read<InitiativeDto>();

        var example = await (await hr.PostJson("/api/good-examples", new
        {
            initiativeId = initiative.Id, title = "Morgenmøder i Børnehuset A", whatWasDone = "Ti minutter hver morgen om dagens opgaver.",
            whatCameOfIt = "Færre misforståelser og en roligere start på dagen.",
        })).Read<GoodExampleDto>();

        var criteria = await (await hr.GetAsync("/api/statistics/success-criteria?baselineFrom=2025-01&baselineTo=2025-06&from=2025-07&to=2026-02"))
            .Read<SuccessCriteriaView>();
        var effect = criteria.Initiatives.Single(i => i.InitiativeId == initiative.Id);
        Assert.That((example.Source, example.UnitId, example.UnitName, example.MarkedOn), Is.EqualTo((GoodExampleSource.Initiative, World.UnitA, "Børnehuset A", Today)));
        Assert.That(example.Figures, Is.EqualTo(new ExampleFigures(
            "2025-07", "2025-12", effect.Change.Baseline.RatePercent, "2026-01", "2026-03", effect.Change.Project.RatePercent,
            65.5m, 72.5m)));
    }

    [Test]
    public async Task ShouldFillInAFollowUpsAbsenceOfTheYearBeforeAndTheMonthsAfterAndTheWellbeingOfItsMeasurementAndTheNext()
    {
        var hr = await World.Hr();
        var first = await Measurement(hr, "Social kapital 2025", "2025-10-06", "2025-10-24", "2026-01-15", Header + "A;Tillid;62;10;12\nB;Tillid;80;3;12\n");
        await Measurement(hr, "Opfølgning 2026", "2026-02-02", "2026-02-13", "2026-03-02", Header + "A;Tillid;68;9;12\n", first);
        await (await hr.PostJson($"/api/measurements/{first}/follow-ups/{World.UnitA}", new { teamDiscussedOn = "2026-01-20" })).Read<FollowUpDto>();
        await (await hr.PostJson($"/api/measurements/{first}/follow-ups/{World.UnitB}", new { teamDiscussedOn = "2026-01-20" })).Read<FollowUpDto>();

        var a = await Mark(hr, new { measurementId = first, unitId = World.UnitA });
        var b = await Mark(hr, new { measurementId = first, unitId = World.UnitB });

        Assert.That(a.Source, Is.EqualTo(GoodExampleSource.FollowUp));
        Assert.That(
            (a.Figures.BeforeFrom, a.Figures.BeforeTo, a.Figures.AfterFrom, a.Figures.AfterTo, a.Figures.WellbeingBefore, a.Figures.WellbeingAfter),
            Is.EqualTo(("2025-02", "2026-01", "2026-02", "2026-03", (decimal?)62m, (decimal?)68m)));
        Assert.That((b.Figures.WellbeingBefore, b.Figures.WellbeingAfter), Is.EqualTo(((decimal?)null, (decimal?)null)), "3 respondents are too few; B has no later figures");
    }

    [Test]
    public async Task ShouldLetEveryManagerAndCoordinatorSearchTheWholeBankByEveryWordWhateverTheCase()
    {
        var hr = await World.Hr();
        var measurement = await Measurement(hr, "Social kapital 2025", "2025-10-06", "2025-10-24", "2026-01-15", Header + "B;Tillid;70;10;12\n");
        await (await hr.PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitB}", new { teamDiscussedOn = "2026-01-20" })).Read<FollowUpDto>();
        var initiative = await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "LeadershipTraining", description = "Sparring", startOn = "2026-01-05",
        })).Read<InitiativeDto>();
        var older = await Mark(hr, new { initiativeId = initiative.Id }, "Sparring mellem kolleger", "Faste makkerpar i hver stue.");
        var newer = await Mark(hr, new { measurementId = measurement, unitId = World.UnitB }, "Tavlemøder i køkkenet", "Kort tavlemøde før frokost med makkerpar.");

        var managerOfA = await World.ManagerA();
        var all = await Search(managerOfA, null);
        var oneWord = await Search(await World.ManagerB(), "SPARRING");
        var twoWords = await Search(await World.Coordinator(), "makkerpar køkkenet");
        var workplace = await Search(managerOfA, "børnehuset");
        var none = await Search(managerOfA, "makkerpar kantine");

        Assert.That(all, Is.EqualTo(new[] { newer.Id, older.Id }), "the manager of A reads B's example too, newest first");
        Assert.That(oneWord, Is.EqualTo(new[] { older.Id }));
        Assert.That(twoWords, Is.EqualTo(new[] { newer.Id }));
        Assert.That(workplace, Is.EqualTo(new[] { newer.Id, older.Id }), "only the workplaces' names hold the word");
        Assert.That(none, Is.Empty);
    }

    [Test]
    public async Task ShouldShowNoPersonInTheBank()
    {
        var hr = await World.Hr();
        var measurement = await Measurement(hr, "Social kapital 2025", "2025-10-06", "2025-10-24", "2026-01-15", Header + "A;Tillid;70;10;12\n");
        await (await hr.PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitA}", new
        {
            teamDiscussedOn = "2026-01-20",
            measures = new[] { new { description = "Makkerpar", responsible = "Lone Holm", responsibleUserId = World.ManagerAId, followUpOn = "2026-04-15" } },
        })).Read<FollowUpDto>();
        await Mark(hr, new { measurementId = measurement, unitId = World.UnitA });

        var json = await (await (await World.Coordinator()).GetAsync("/api/good-examples")).Content.ReadAsStringAsync();

        Assert.That(json, Does.Contain("Børnehuset A"));
        foreach (var person in new[] { "Lone Holm", World.ManagerAId, "Leder A", "leder.a@test.local", "Anna Andersen", World.HrId, "hr@test.local" })
        {
            Assert.That(json, Does.Not.Contain(person));
        }
    }

    [TestCase("both", "initiativeId: goodExample.oneSource", TestName = "an initiative and a follow-up at once")]
    [TestCase("neither", "initiativeId: goodExample.oneSource", TestName = "no source")]
    [TestCase("unknownInitiative", "initiativeId: field.unknownInitiative", TestName = "an unknown initiative")]
    [TestCase("notBegun", "initiativeId: goodExample.notBegun(startOn: 2026-04-01)", TestName = "an initiative that has not begun")]
    [TestCase("unpublished", "measurementId: goodExample.notPublished", TestName = "a measurement not published yet")]
    [TestCase("noFollowUp", "unitId: goodExample.noFollowUp", TestName = "a workplace that did not follow up")]
    [TestCase("noMonthsAfter", "measurementId: goodExample.noMonthsAfter", TestName = "a follow-up published this month")]
    [TestCase("noTitle", "title: field.required", TestName = "no title")]
    [TestCase("controlCharacter", "title: field.notSingleLine(found: U+0007)", TestName = "a control character in the title")]
    public async Task ShouldRefuseABadExampleNamingTheFieldAndKeepNothing(string bad, string code)
    {
        var hr = await World.Hr();
        var future = await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "LeadershipTraining", description = "Senere", startOn = "2026-04-01",
        })).Read<InitiativeDto>();
        var unpublished = await Measurement(hr, "Upubliceret", "2026-01-05", "2026-01-16", null, Header + "A;Tillid;70;10;12\n");
        var thisMonth = await Measurement(hr, "Denne måned", "2026-01-05", "2026-01-16", "2026-03-02", Header + "A;Tillid;70;10;12\n");
        await (await hr.PostJson($"/api/measurements/{thisMonth}/follow-ups/{World.UnitA}", new { teamDiscussedOn = "2026-03-10" })).Read<FollowUpDto>();
        object body = bad switch
        {
            "both" => new { initiativeId = future.Id, measurementId = thisMonth, unitId = World.UnitA, title = "T", whatWasDone = "W", whatCameOfIt = "C" },
            "neither" => new { title = "T", whatWasDone = "W", whatCameOfIt = "C" },
            "unknownInitiative" => new { initiativeId = 9999, title = "T", whatWasDone = "W", whatCameOfIt = "C" },
            "notBegun" => new { initiativeId = future.Id, title = "T", whatWasDone = "W", whatCameOfIt = "C" },
            "unpublished" => new { measurementId = unpublished, unitId = World.UnitA, title = "T", whatWasDone = "W", whatCameOfIt = "C" },
            "noFollowUp" => new { measurementId = thisMonth, unitId = World.UnitB, title = "T", whatWasDone = "W", whatCameOfIt = "C" },
            "noMonthsAfter" => new { measurementId = thisMonth, unitId = World.UnitA, title = "T", whatWasDone = "W", whatCameOfIt = "C" },
            "noTitle" => new { initiativeId = future.Id, title = " ", whatWasDone = "W", whatCameOfIt = "C" },
            _ => new { initiativeId = future.Id, title = "T\u0007", whatWasDone = "W", whatCameOfIt = "C" },
        };

        var problem = await (await hr.PostJson("/api/good-examples", body)).Problem(HttpStatusCode.BadRequest);

        Assert.That(problem.Codes(), Does.Contain(code));
        Assert.That(await World.InDatabase(db => db.GoodExamples.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseToMarkTheSameInitiativeTwiceAndKeepTheFirst()
    {
        var hr = await World.Hr();
        var initiative = await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "LeadershipTraining", description = "Sparring", startOn = "2026-01-05",
        })).Read<InitiativeDto>();
        var first = await Mark(hr, new { initiativeId = initiative.Id }, title: "Første");

        var problem = await (await hr.PostJson("/api/good-examples", new { initiativeId = initiative.Id, title = "Anden", whatWasDone = "W", whatCameOfIt = "C" }))
            .Problem(HttpStatusCode.Conflict);

        Assert.That(problem.Codes(), Does.Contain("goodExample.alreadyMarked"));
        Assert.That(await World.InDatabase(db => db.GoodExamples.Select(e => e.Title).ToListAsync()), Is.EqualTo(new[] { "Første" }));
        Assert.That(await Search(hr, null), Is.EqualTo(new[] { first.Id }));
    }

    [Test]
    public async Task ShouldTakeAnExampleOutOfTheBank()
    {
        var hr = await World.Hr();
        var initiative = await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "LeadershipTraining", description = "Sparring", startOn = "2026-01-05",
        })).Read<InitiativeDto>();
        var example = await Mark(hr, new { initiativeId = initiative.Id });

        var removed = await hr.DeleteAsync($"/api/good-examples/{example.Id}");
        var again = await hr.DeleteAsync($"/api/good-examples/{example.Id}");

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await again.Problem(HttpStatusCode.NotFound);
        Assert.That(await Search(hr, null), Is.Empty);
    }

    private static async Task<GoodExampleDto> Mark(HttpClient hr, object source, string title = "Et godt eksempel", string whatWasDone = "Noget virkede.")
    {
        var json = System.Text.Json.JsonSerializer.SerializeToNode(source)!.AsObject();
        json["title"] = title;
        json["whatWasDone"] = whatWasDone;
        json["whatCameOfIt"] = "Mindre fravær.";
        return await (await hr.PostJson("/api/good-examples", json)).Read<GoodExampleDto>();
    }

    private static async Task<List<int>> Search(HttpClient client, string? search) =>
        (await (await client.GetAsync(search is null ? "/api/good-examples" : $"/api/good-examples?search={Uri.EscapeDataString(search)}"))
            .Read<List<GoodExampleDto>>()).Select(e => e.Id).ToList();

    private static async Task<int> Measurement(HttpClient hr, string name, string from, string to, string? publishedOn, string results, int? followUpOf = null)
    {
        var created = await (await hr.PostJson("/api/measurements", new
        {
            name, kind = "SocialCapital", fieldedFrom = from, fieldedTo = to, publishedOn, followUpOfId = followUpOf,
        })).Read<MeasurementDto>();
        await (await hr.PostCsv($"/api/measurements/{created.Id}/results", results)).Read<Application.Imports.ImportResult>();
        return created.Id;
    }
}

using System.Globalization;
using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Prevention;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>
/// /gode-eksempler: every manager reads and searches the whole bank, with the figures before and after; HR marks an
/// initiative or a recorded follow-up on /gode-eksempler/ny and takes an example out again. Today is 16.03.2026.
/// </summary>
public sealed class GoodExamplePageTests : UiTest
{
    /// <summary>Workplace B of the small test world has one employee.</summary>
    protected override IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string> { ["GoodExamples:MinEmployees"] = "1" };

    private const string Form = "#good-example-form";

    private static readonly Dictionary<string, string?> Texts = new()
    {
        ["Input.Title"] = "Makkerpar i stuerne",
        ["Input.WhatWasDone"] = "Faste makkerpar, der dækker hinanden.",
        ["Input.WhatCameOfIt"] = "Ro på ved fravær.",
    };

    [Test]
    public async Task ShouldShowAnotherWorkplacesExampleWithItsFiguresAndFindItByAWord()
    {
        await MarkThroughTheApi(new { initiativeId = await Initiative("Sparring", "2026-01-05") });
        var session = await SignIn(ManagerBEmail);

        var all = await session.Get("/gode-eksempler");
        var found = await session.Get("/gode-eksempler?soeg=MAKKERPAR");
        var missed = await session.Get("/gode-eksempler?soeg=kantine");

        var example = all.Document.QuerySelector("section.good-example")!;
        Assert.That(example.QuerySelector("h2")!.TextContent, Is.EqualTo("Makkerpar i stuerne"));
        Assert.That(example.QuerySelector(".hint")!.TextContent, Is.EqualTo("Børnehuset A · Forebyggende indsats · udvalgt 16.03.2026"));
        Assert.That(Months(all), Is.EqualTo("Måneder | 2025-07 – 2025-12 | 2026-01 – 2026-03"));
        Assert.That(found.Document.QuerySelectorAll("section.good-example"), Has.Length.EqualTo(1));
        Assert.That(missed.Document.QuerySelectorAll("section.good-example"), Is.Empty);
        Assert.That(missed.Document.GetElementById("no-examples")!.TextContent, Is.EqualTo("Ingen eksempler passer til søgningen."));
    }

    [Test]
    public async Task ShouldLetHrMarkAnInitiativeFromTheInitiativesSoThatTheBankShowsItWithItsFigures()
    {
        await Initiative("Sparring", "2026-01-05");
        var hr = await SignIn(HrEmail);
        var initiatives = await hr.Get("/forebyggelse");
        var form = await hr.Get(initiatives.Document.QuerySelector("#initiatives a.mark-example")!.GetAttribute("href")!);
        Assert.That(Source(form), Is.EqualTo(new[] { "Forebyggende indsats: Sparring", "Børnehuset A" }));
        Assert.That(form.LabelOf("Input_WhatWasDone"), Does.StartWith("Hvad blev gjort"));
        Assert.That(form.Document.GetElementById("Input_Title")!.GetAttribute("maxlength"), Is.EqualTo("200"));

        var marked = await hr.Submit(form, Form, Texts);

        Assert.That(marked.Url, Is.EqualTo("/gode-eksempler"));
        Assert.That(marked.Flash, Is.EqualTo("Eksemplet er føjet til de gode eksempler."));
        var example = marked.Document.QuerySelector("section.good-example")!;
        Assert.That(example.QuerySelector("h2")!.TextContent, Is.EqualTo("Makkerpar i stuerne"));
        Assert.That(example.QuerySelector(".hint")!.TextContent, Is.EqualTo("Børnehuset A · Forebyggende indsats · udvalgt 16.03.2026"));
        Assert.That(Months(marked), Is.EqualTo("Måneder | 2025-07 – 2025-12 | 2026-01 – 2026-03"), "six months before the start and the months since");
    }

    [Test]
    public async Task ShouldLetHrMarkARecordedFollowUpFromItsPageButNotOneThatWasNeverRecorded()
    {
        var measurement = await PublishedMeasurement("2026-01-15");
        await RecordFollowUp(measurement, World.UnitA, "2026-01-20");
        var hr = await SignIn(HrEmail);

        var unrecorded = await hr.Get($"/malinger/{measurement}/opfolgning/{World.UnitB}");
        var recorded = await hr.Get($"/malinger/{measurement}/opfolgning/{World.UnitA}");
        var form = await hr.Get(recorded.Document.GetElementById("mark-example")!.GetAttribute("href")!);
        var marked = await hr.Submit(form, Form, Texts);

        Assert.That(unrecorded.Document.GetElementById("mark-example"), Is.Null);
        Assert.That(Source(form), Is.EqualTo(new[] { "Opfølgning af måling: Social kapital 2025", "Børnehuset A" }));
        Assert.That(marked.Document.QuerySelector("section.good-example .hint")!.TextContent, Is.EqualTo("Børnehuset A · Opfølgning af måling · udvalgt 16.03.2026"));
        Assert.That(Months(marked), Is.EqualTo("Måneder | 2025-02 – 2026-01 | 2026-02 – 2026-03"), "the year up to the publication and the months after it");
    }

    [Test]
    public async Task ShouldShowARefusalInDanishAtItsFieldAndStoreNothing()
    {
        var publishedThisMonth = await PublishedMeasurement("2026-03-02");
        await RecordFollowUp(publishedThisMonth, World.UnitA, "2026-03-10");
        var notBegun = await Initiative("Sparring", "2026-04-01");
        var hr = await SignIn(HrEmail);
        var followUpForm = await hr.Get($"/gode-eksempler/ny?maling={publishedThisMonth}&enhed={World.UnitA}");
        var initiativeForm = await hr.Get($"/gode-eksempler/ny?indsats={notBegun}");

        var noMonthsAfter = await hr.Submit(followUpForm, Form, Texts);
        var beforeItsStart = await hr.Submit(initiativeForm, Form, Texts);
        var badTexts = await hr.Submit(initiativeForm, Form, new() { ["Input.Title"] = new string('x', 201), ["Input.WhatWasDone"] = " " });

        Assert.That(SourceError(noMonthsAfter), Is.EqualTo("Fejl: Fraværet efter målingen kendes først fra måneden efter offentliggørelsen."));
        Assert.That(SourceError(beforeItsStart), Is.EqualTo("Fejl: Indsatsen begynder først 01.04.2026; et godt eksempel kræver, at den er i gang."));
        Assert.That(badTexts.FieldError("Input_Title"), Is.EqualTo("Fejl: Højst 200 tegn."));
        Assert.That(badTexts.FieldError("Input_WhatWasDone"), Is.EqualTo("Fejl: Skal udfyldes."));
        Assert.That(badTexts.FieldError("Input_WhatCameOfIt"), Is.EqualTo("Fejl: Skal udfyldes."));
        Assert.That(badTexts.ValueOf("Input_Title"), Has.Length.EqualTo(201), "the form keeps what HR wrote");
        Assert.That(await World.InDatabase(db => db.GoodExamples.CountAsync()), Is.Zero);
    }

    [TestCase("indsats={0}&maling=abc", TestName = "ShouldAnswerNotFoundForAnAddressWithAMalformedMeasurement")]
    [TestCase("indsats=abc", TestName = "ShouldAnswerNotFoundForAMalformedInitiative")]
    [TestCase("indsats={0}&maling={1}&enhed={2}", TestName = "ShouldAnswerNotFoundForAnAddressNamingTwoSources")]
    [TestCase("maling={1}", TestName = "ShouldAnswerNotFoundForAMeasurementWithoutAWorkplace")]
    [TestCase("maling={1}&enhed=99999", TestName = "ShouldAnswerNotFoundForAnUnknownWorkplace")]
    [TestCase("indsats=99999", TestName = "ShouldAnswerNotFoundForAnUnknownInitiative")]
    public async Task ShouldAnswerNotFoundForAnAddressThatNamesNoSingleSource(string query)
    {
        var initiative = await Initiative("Sparring", "2026-01-05");
        var measurement = await PublishedMeasurement("2026-01-15");
        await RecordFollowUp(measurement, World.UnitA, "2026-01-20");
        var hr = await SignIn(HrEmail);
        var address = $"/gode-eksempler/ny?{string.Format(CultureInfo.InvariantCulture, query, initiative, measurement, World.UnitA)}";
        var valid = await hr.Get($"/gode-eksempler/ny?indsats={initiative}");

        var page = await hr.Get(address);
        var post = await hr.Post(address, new() { ["__RequestVerificationToken"] = valid.Token, ["Input.Title"] = "T", ["Input.WhatWasDone"] = "D", ["Input.WhatCameOfIt"] = "C" });

        Assert.That(page.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(post.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await World.InDatabase(db => db.GoodExamples.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldShowAManagerNoFormAndRefuseTheirPosts()
    {
        var initiative = await Initiative("Sparring", "2026-01-05");
        var example = await MarkThroughTheApi(new { initiativeId = initiative });
        var measurement = await PublishedMeasurement("2026-01-15");
        await RecordFollowUp(measurement, World.UnitA, "2026-01-20");
        var manager = await SignIn(ManagerAEmail);

        var bank = await manager.Get("/gode-eksempler");
        var followUp = await manager.Get($"/malinger/{measurement}/opfolgning/{World.UnitA}");
        var form = await manager.Get($"/gode-eksempler/ny?indsats={initiative}");
        var mark = await manager.Post($"/gode-eksempler/ny?indsats={initiative}", new()
        {
            ["__RequestVerificationToken"] = followUp.Token, ["Input.Title"] = "Mit eget", ["Input.WhatWasDone"] = "Noget", ["Input.WhatCameOfIt"] = "Noget",
        });
        var remove = await manager.Post($"/gode-eksempler/{example}/fjern", new() { ["__RequestVerificationToken"] = followUp.Token });

        Assert.That(bank.Document.QuerySelectorAll("section.good-example"), Has.Length.EqualTo(1));
        Assert.That(bank.Document.QuerySelector(".remove-example, #how-to-mark"), Is.Null);
        Assert.That(followUp.Document.GetElementById("mark-example"), Is.Null);
        Assert.That(form.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(form.Document.GetElementById("good-example-form"), Is.Null);
        Assert.That(mark.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(remove.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await World.InDatabase(db => db.GoodExamples.Select(e => e.Id).ToListAsync()), Is.EqualTo(new[] { example }));
    }

    [Test]
    public async Task ShouldLetHrTakeAnExampleOutOfTheBankAfterAsking()
    {
        await MarkThroughTheApi(new { initiativeId = await Initiative("Sparring", "2026-01-05") });
        var hr = await SignIn(HrEmail);
        var bank = await hr.Get("/gode-eksempler");

        var confirm = await hr.Get(bank.Document.QuerySelector("section.good-example a.remove-example")!.GetAttribute("href")!);
        var removed = await hr.Submit(confirm, "#remove-form");

        Assert.That(confirm.Text, Does.Contain("Vil du fjerne eksemplet fra de gode eksempler?").And.Contain("Makkerpar i stuerne"));
        Assert.That(removed.Flash, Is.EqualTo("Eksemplet er fjernet fra de gode eksempler."));
        Assert.That(removed.Document.QuerySelectorAll("section.good-example"), Is.Empty);
        Assert.That(await World.InDatabase(db => db.GoodExamples.CountAsync()), Is.Zero);
    }

    private static string Months(UiPage page) =>
        string.Join(" | ", page.Document.QuerySelector("section.good-example table.figures tbody tr")!.Children.Select(c => c.TextContent));

    private static IReadOnlyList<string> Source(UiPage page) =>
        page.Document.QuerySelectorAll("#example-source dd").Select(d => d.TextContent.Trim()).ToList();

    private static string? SourceError(UiPage page) =>
        page.Document.QuerySelector("#example-source .field-error")?.TextContent;

    private async Task<int> Initiative(string description, string startOn) =>
        (await (await (await World.Hr()).PostJson("/api/prevention-initiatives", new
        {
            unitId = World.UnitA, type = "LeadershipTraining", description, startOn,
        })).Read<InitiativeDto>()).Id;

    private async Task<int> PublishedMeasurement(string publishedOn) =>
        (await (await (await World.Hr()).PostJson("/api/measurements", new
        {
            name = "Social kapital 2025", kind = "SocialCapital", fieldedFrom = "2025-10-06", fieldedTo = "2025-10-24", publishedOn,
        })).Read<MeasurementDto>()).Id;

    private async Task RecordFollowUp(int measurement, int unitId, string teamDiscussedOn) =>
        await (await (await World.Hr()).PostJson($"/api/measurements/{measurement}/follow-ups/{unitId}", new { teamDiscussedOn })).Read<FollowUpDto>();

    private async Task<int> MarkThroughTheApi(object source)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(source)!.AsObject();
        body["title"] = Texts["Input.Title"];
        body["whatWasDone"] = Texts["Input.WhatWasDone"];
        body["whatCameOfIt"] = Texts["Input.WhatCameOfIt"];
        return (await (await (await World.Hr()).PostJson("/api/good-examples", body)).Read<GoodExampleDto>()).Id;
    }
}

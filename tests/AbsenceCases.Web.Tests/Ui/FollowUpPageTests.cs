using AbsenceCases.Application.Measurements;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Ui;

/// <summary>
/// /malinger/{id}/opfolgning: the manager records the workplace's follow-up from the results; HR sees every workplace's.
/// Today is 16.03.2026 and the measurement was published 02.03.2026: the team discussion is due 01.04.2026.
/// </summary>
public sealed class FollowUpPageTests : UiTest
{
    [Test]
    public async Task ShouldLetTheManagerRecordTheTeamDiscussionAndAMeasureFromTheResults()
    {
        var id = await PublishedMeasurement();
        var session = await SignIn(ManagerAEmail);
        var results = await session.Get($"/malinger/{id}");
        var page = await session.Get(results.Document.QuerySelector($"a[href='/malinger/{id}/opfolgning/{World.UnitA}']")!.GetAttribute("href")!);
        Assert.That(page.Document.GetElementById("Input_Measures_0__Description")!.GetAttribute("maxlength"), Is.EqualTo("500"));

        var saved = await session.Submit(page, "#follow-up-form", new()
        {
            ["Input.TeamDiscussedOn"] = "2026-03-10",
            ["Input.Measures[0].Description"] = "Fælles morgenmøde om arbejdsfordelingen",
            ["Input.Measures[0].Responsible"] = "Lone Holm",
            ["Input.Measures[0].FollowUpOn"] = "2026-05-15",
        });

        Assert.That(saved.Flash, Is.EqualTo("Opfølgningen er gemt."));
        var team = saved.Document.QuerySelector("#follow-up-deadlines tbody tr")!.Children.Select(c => c.TextContent.Trim()).ToList();
        Assert.That(team, Is.EqualTo(new[] { "Drøftelse i teamet", "01.04.2026", "10.03.2026", "Opfyldt" }));
        Assert.That(saved.Document.QuerySelector("#follow-up-measures tbody th")!.TextContent, Is.EqualTo("Fælles morgenmøde om arbejdsfordelingen"));
        Assert.That(saved.ValueOf("Input_TeamDiscussedOn"), Is.EqualTo("2026-03-10"));
    }

    [Test]
    public async Task ShouldShowWhyADayIsRefusedAtItsField()
    {
        var id = await PublishedMeasurement();
        var session = await SignIn(ManagerAEmail);
        var page = await session.Get($"/malinger/{id}/opfolgning/{World.UnitA}");

        var refused = await session.Submit(page, "#follow-up-form", new() { ["Input.TeamDiscussedOn"] = "2026-03-01" });

        Assert.That(refused.FieldError("Input_TeamDiscussedOn"), Is.EqualTo("Fejl: Kan ikke ligge før resultaterne blev offentliggjort (02.03.2026)."));
        Assert.That(await World.InDatabase(db => db.FollowUps.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldShowHrEveryWorkplacesFollowUpAndACoordinatorNoForm()
    {
        var id = await PublishedMeasurement();
        await (await World.Hr()).PostJson($"/api/measurements/{id}/follow-ups/{World.UnitB}", new { teamDiscussedOn = "2026-03-05" });

        var overview = await (await SignIn(HrEmail)).Get($"/malinger/{id}/opfolgning");
        var coordinated = await (await SignIn(CoordinatorEmail)).Get($"/malinger/{id}/opfolgning/{World.UnitA}");

        var rows = overview.Document.QuerySelectorAll("#follow-ups tbody tr")
            .Select(r => string.Join(" | ", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            "Børnehuset A | Frist 01.04.2026 | Frist 16.04.2026 | Frist 16.04.2026 | Frist 01.05.2026 | I gang",
            "Børnehuset B | Gennemført 05.03.2026 | Frist 16.04.2026 | Frist 16.04.2026 | Frist 01.05.2026 | I gang",
        }));
        Assert.That(coordinated.Document.GetElementById("follow-up-form"), Is.Null);
        Assert.That(coordinated.Document.GetElementById("follow-up-deadlines"), Is.Not.Null);
    }

    private async Task<int> PublishedMeasurement() =>
        (await (await (await World.Hr()).PostJson("/api/measurements", new
        {
            name = "Social kapital 2026", kind = "SocialCapital", fieldedFrom = "2026-01-12", fieldedTo = "2026-01-30", publishedOn = "2026-03-02",
        })).Read<MeasurementDto>()).Id;
}

using AbsenceCases.Application.Measurements;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Wellbeing;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Measurements;

/// <summary>
/// A workplace's follow-up of a published measurement: recorded by its manager or HR, read also by coordinators, its
/// deadlines counted from the publication. Today is 16.03.2026; the measurement was published 02.03.2026, so (30, 45, 45
/// and 60 days) the team discussion is due 01.04, the MED and leadership discussions 16.04, the action plan 01.05.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class FollowUpApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly DateOnly PublishedOn = new(2026, 3, 2);

    [Test]
    public async Task ShouldRecordTheTeamDiscussionAndAnActionPlanAndReadThemBack()
    {
        var manager = await World.ManagerA();
        var measurement = await Published();

        await (await manager.PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitA}", new
        {
            teamDiscussedOn = "2026-03-10",
            actionPlanOn = "2026-03-16",
            measures = new[] { new { description = "Fælles morgenmøde om arbejdsfordelingen", responsible = "Lone Holm", followUpOn = "2026-05-15" } },
        })).Read<FollowUpDto>();
        var followUp = await (await manager.GetAsync($"/api/measurements/{measurement}/follow-ups/{World.UnitA}")).Read<FollowUpDto>();

        Assert.That((followUp.TeamDiscussedOn, followUp.MedDiscussedOn, followUp.LeadershipDiscussedOn, followUp.ActionPlanOn),
            Is.EqualTo(((DateOnly?)new DateOnly(2026, 3, 10), (DateOnly?)null, (DateOnly?)null, (DateOnly?)new DateOnly(2026, 3, 16))));
        Assert.That(followUp.Deadlines.Select(d => (d.Step, d.DueDate, d.Status)), Is.EqualTo(new[]
        {
            (FollowUpStep.TeamDiscussion, new DateOnly(2026, 4, 1), DeadlineStatus.Met),
            (FollowUpStep.MedDiscussion, new DateOnly(2026, 4, 16), DeadlineStatus.Upcoming),
            (FollowUpStep.LeadershipDiscussion, new DateOnly(2026, 4, 16), DeadlineStatus.Upcoming),
            (FollowUpStep.ActionPlan, new DateOnly(2026, 5, 1), DeadlineStatus.Met),
            (FollowUpStep.MeasureFollowUp, new DateOnly(2026, 5, 15), DeadlineStatus.Upcoming),
        }));
        Assert.That(followUp.Status, Is.EqualTo(FollowUpStatus.OnTime));
        Assert.That(followUp.Measures.Select(m => (m.Description, m.Responsible, m.Status)),
            Is.EqualTo(new[] { ("Fælles morgenmøde om arbejdsfordelingen", "Lone Holm", MeasureStatus.Planned) }));
    }

    [Test]
    public async Task ShouldCompleteAMeasureAndCountTheFollowUpMetOnceEveryStepIsDone()
    {
        var hr = await World.Hr();
        var measurement = await Published();
        var url = $"/api/measurements/{measurement}/follow-ups/{World.UnitB}";
        var first = await (await hr.PostJson(url, new
        {
            teamDiscussedOn = "2026-03-03",
            medDiscussedOn = "2026-03-05",
            measures = new[] { new { description = "Supervision hver 14. dag", responsible = "Ole Bak", responsibleUserId = World.ManagerBId, followUpOn = "2026-03-15" } },
        })).Read<FollowUpDto>();
        var measureId = first.Measures.Single().Id;

        var done = await (await hr.PostJson(url, new
        {
            leadershipDiscussedOn = "2026-03-06",
            actionPlanOn = "2026-03-06",
            measures = new[]
            {
                new { id = measureId, description = "Supervision hver 14. dag", responsible = "Ole Bak", followUpOn = "2026-03-15", status = "Done", completedOn = "2026-03-16", outcome = "Holdes fast" },
            },
        })).Read<FollowUpDto>();

        Assert.That(first.Status, Is.EqualTo(FollowUpStatus.OnTime));
        Assert.That(first.Deadlines.Single(d => d.Step == FollowUpStep.MeasureFollowUp).Status, Is.EqualTo(DeadlineStatus.Overdue), "due 15.03, today 16.03");
        Assert.That(done.Status, Is.EqualTo(FollowUpStatus.Met));
        Assert.That(done.TeamDiscussedOn, Is.EqualTo(new DateOnly(2026, 3, 3)), "a day left out stays as it was");
        Assert.That(done.Measures.Single().Status, Is.EqualTo(MeasureStatus.Done));
        Assert.That(done.Measures.Single().CompletedOn, Is.EqualTo(Today));
    }

    [TestCase("""{"teamDiscussedOn":"2026-03-01"}""", "teamDiscussedOn", TestName = "discussed before the publication")]
    [TestCase("""{"medDiscussedOn":"2026-03-17"}""", "medDiscussedOn", TestName = "discussed tomorrow")]
    [TestCase("""{"measures":[{"responsible":"Lone Holm","followUpOn":"2026-05-15"}]}""", "measures[0].description", TestName = "measure without description")]
    [TestCase("""{"measures":[{"description":"Møde","responsible":"Lone\u0007Holm","followUpOn":"2026-05-15"}]}""", "measures[0].responsible", TestName = "control character in a name")]
    [TestCase("""{"measures":[{"description":"Møde","responsible":"X","responsibleUserId":"nobody","followUpOn":"2026-05-15"}]}""", "measures[0].responsibleUserId", TestName = "unknown responsible user")]
    [TestCase("""{"measures":[{"id":1,"description":"Møde","responsible":"X","followUpOn":"2026-05-15","status":"Done"}]}""", "measures[0].completedOn", TestName = "done without a day")]
    public async Task ShouldRejectABadFollowUpNamingTheField(string json, string field)
    {
        var measurement = await Published();

        var response = await (await World.ManagerA()).PostRawJson($"/api/measurements/{measurement}/follow-ups/{World.UnitA}", json);

        Assert.That(await response.FieldErrors(), Is.EqualTo(new[] { field }));
        Assert.That(await World.InDatabase(db => db.FollowUps.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRefuseAnActionPlanWithoutMeasures()
    {
        var measurement = await Published();

        var response = await (await World.ManagerA()).PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitA}", new { actionPlanOn = "2026-03-16" });

        var problem = await response.Problem(HttpStatusCode.Conflict);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { "actionPlanOn: followUp.actionPlanWithoutMeasures" }));
    }

    [Test]
    public async Task ShouldHaveNoFollowUpBeforeTheResultsArePublished()
    {
        var hr = await World.Hr();
        var unpublished = (await (await hr.PostJson("/api/measurements", new
        {
            name = "Trivsel 2026", kind = "Wellbeing", fieldedFrom = "2026-02-02", fieldedTo = "2026-02-20",
        })).Read<MeasurementDto>()).Id;

        foreach (var response in new[]
                 {
                     await hr.GetAsync($"/api/measurements/{unpublished}/follow-ups"),
                     await hr.GetAsync($"/api/measurements/{unpublished}/follow-ups/{World.UnitA}"),
                     await hr.PostJson($"/api/measurements/{unpublished}/follow-ups/{World.UnitA}", new { teamDiscussedOn = "2026-03-10" }),
                 })
        {
            var problem = await response.Problem(HttpStatusCode.Conflict);
            Assert.That(problem.Codes(), Is.EqualTo(new[] { "followUp.notPublished" }));
        }
    }

    [Test]
    public async Task ShouldFollowUpOnlyOnAWorkplaceOfAKnownMeasurement()
    {
        var hr = await World.Hr();
        var measurement = await Published();

        var team = await (await hr.GetAsync($"/api/measurements/{measurement}/follow-ups/{World.TeamA1}")).Problem(HttpStatusCode.BadRequest);
        await (await hr.GetAsync($"/api/measurements/99999/follow-ups/{World.UnitA}")).Problem(HttpStatusCode.NotFound);
        await (await hr.GetAsync($"/api/measurements/{measurement}/follow-ups/99999")).Problem(HttpStatusCode.NotFound);
        await (await hr.GetAsync("/api/measurements/99999/follow-ups")).Problem(HttpStatusCode.NotFound);

        Assert.That(team.Codes(), Is.EqualTo(new[] { "unitId: followUp.notWorkplace(kind: Team)" }));
    }

    [Test]
    public async Task ShouldLetTheManagerRecordHrRecordAndCoordinatorsOnlyRead()
    {
        var measurement = await Published();
        var url = $"/api/measurements/{measurement}/follow-ups/{World.UnitA}";
        var body = new { teamDiscussedOn = "2026-03-10" };

        var coordinator = await World.Coordinator();
        await (await coordinator.PostJson(url, body)).Problem(HttpStatusCode.Forbidden);
        await (await (await World.ManagerB()).PostJson(url, body)).Problem(HttpStatusCode.Forbidden);
        await (await (await World.ManagerB()).GetAsync(url)).Problem(HttpStatusCode.Forbidden);
        foreach (var client in new[] { await World.Admin(), await World.EmployeeASelf() })
        {
            await (await client.PostJson(url, body)).Problem(HttpStatusCode.Forbidden);
            await (await client.GetAsync(url)).Problem(HttpStatusCode.Forbidden);
            await (await client.GetAsync($"/api/measurements/{measurement}/follow-ups")).Problem(HttpStatusCode.Forbidden);
        }

        await (await (await World.ManagerA()).PostJson(url, body)).Read<FollowUpDto>();
        await (await (await World.Hr()).PostJson(url, new { medDiscussedOn = "2026-03-11" })).Read<FollowUpDto>();
        var read = await (await coordinator.GetAsync(url)).Read<FollowUpDto>();

        Assert.That((read.TeamDiscussedOn, read.MedDiscussedOn), Is.EqualTo(((DateOnly?)new DateOnly(2026, 3, 10), (DateOnly?)new DateOnly(2026, 3, 11))));
    }

    [Test]
    public async Task ShouldListTheWorkplacesInTheCallersScopeWithTheirStatus()
    {
        var measurement = await Published(new DateOnly(2026, 2, 1));
        var hr = await World.Hr();
        await hr.PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitB}", new { teamDiscussedOn = "2026-02-20" });

        var all = await (await hr.GetAsync($"/api/measurements/{measurement}/follow-ups")).Read<List<FollowUpSummary>>();
        var managerA = await (await (await World.ManagerA()).GetAsync($"/api/measurements/{measurement}/follow-ups")).Read<List<FollowUpSummary>>();

        // Published 01.02: the team discussion was due 03.03 — met by B, overdue for A; the other steps are due 18.03 (Due) and 02.04.
        Assert.That(all.Select(f => (f.UnitId, f.Status)), Is.EqualTo(new[] { (World.UnitA, FollowUpStatus.Overdue), (World.UnitB, FollowUpStatus.OnTime) }));
        Assert.That(all[1].Deadlines.Select(d => (d.Step, d.DueDate, d.Status)), Is.EqualTo(new[]
        {
            (FollowUpStep.TeamDiscussion, new DateOnly(2026, 3, 3), DeadlineStatus.Met),
            (FollowUpStep.MedDiscussion, new DateOnly(2026, 3, 18), DeadlineStatus.Due),
            (FollowUpStep.LeadershipDiscussion, new DateOnly(2026, 3, 18), DeadlineStatus.Due),
            (FollowUpStep.ActionPlan, new DateOnly(2026, 4, 2), DeadlineStatus.Upcoming),
        }));
        Assert.That(managerA.Select(f => f.UnitId), Is.EqualTo(new[] { World.UnitA }));
    }

    [Test]
    public async Task ShouldAuditEveryReadAndRecording()
    {
        var measurement = await Published();
        var manager = await World.ManagerA();
        await manager.PostJson($"/api/measurements/{measurement}/follow-ups/{World.UnitA}", new { teamDiscussedOn = "2026-03-10" });
        await manager.GetAsync($"/api/measurements/{measurement}/follow-ups/{World.UnitA}");
        await manager.GetAsync($"/api/measurements/{measurement}/follow-ups");

        var requests = await World.InDatabase(db => db.AuditEntries.Where(e => e.UserId == World.ManagerAId && e.Allowed).Select(e => e.Action).ToListAsync());

        Assert.That(requests, Is.SupersetOf(new[] { nameof(RecordFollowUp), nameof(GetFollowUp), nameof(ListFollowUps) }));
    }

    private async Task<int> Published(DateOnly? publishedOn = null)
    {
        var hr = await World.Hr();
        var created = await hr.PostJson("/api/measurements", new
        {
            name = "Social kapital 2026", kind = "SocialCapital", fieldedFrom = "2026-01-12", fieldedTo = "2026-01-30", publishedOn = publishedOn ?? PublishedOn,
        });
        return (await created.Read<MeasurementDto>()).Id;
    }
}

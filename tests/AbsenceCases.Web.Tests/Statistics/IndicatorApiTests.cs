using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>The implementation indicators, worked out by hand for a small set of cases on Monday 16 March 2026.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class IndicatorApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldMeasureEachElementAgainstItsTarget()
    {
        var manager = await World.ManagerA();
        // Registered today: on its first day (16 March), not on it (10 March), and long after it (1 February).
        await ReportSickCall(manager, World.EmployeeA, Today);
        await ReportSickCall(manager, World.EmployeeA1, new DateOnly(2026, 3, 10));
        var february = await ReportSickCall(manager, World.EmployeeA2, new DateOnly(2026, 2, 1));
        await manager.PostJson($"/api/cases/{february}/first-conversation", new { heldOn = "2026-02-20", form = "InPerson" });
        await (await World.Coordinator()).PostJson($"/api/coordination-groups/{World.GroupA}/reviews", new
        {
            heldOn = Today, attendees = new[] { "Koordinator" }, items = new[] { new { caseId = february, decision = "ContinueMonitoring" } },
        });

        var report = await (await (await World.Hr()).GetAsync($"/api/statistics/indicators?from=2026-02&to=2026-03&unitId={World.UnitA}"))
            .Read<IndicatorReportView>();

        var byKey = report.Indicators.ToDictionary(i => i.Key, i => (i.Numerator, i.Denominator, i.ValuePercent, i.Met));
        Assert.Multiple(() =>
        {
            Assert.That(byKey["sickCallsOnFirstDay"], Is.EqualTo((1, 3, (double?)33.3333, (bool?)false)));
            // Care contact: due 5 February (the February case) and 14 March (the 10 March case), both missed;
            // the one due 20 March is not judged yet.
            Assert.That(byKey["careContactOnTime"], Is.EqualTo((0, 2, (double?)0, (bool?)false)));
            // The § 7a conversation of the February case was due 1 March and held 20 February.
            Assert.That(byKey["firstConversationOnTime"], Is.EqualTo((1, 1, (double?)100, (bool?)true)));
            // Mondays 2, 9, 16, 23 February and 2, 9, 16 March: a review in the last of the 7 weeks.
            Assert.That(byKey["weeksWithReview"], Is.EqualTo((1, 7, (double?)14.2857, (bool?)false)));
            // The February case passed day 28 on 1 March without coordination.
            Assert.That(byKey["longCasesInCoordination"], Is.EqualTo((0, 1, (double?)0, (bool?)false)));
            Assert.That(byKey["longCasesWithPossibilityStatement"], Is.EqualTo((0, 1, (double?)0, (bool?)false)));
            Assert.That(byKey["longCasesWithPlan"], Is.EqualTo((0, 0, (double?)null, (bool?)null)), "no case reached day 57 in the period");
            Assert.That(byKey["measuresFollowedUpOnTime"], Is.EqualTo((0, 0, (double?)null, (bool?)null)));
            // Group A has an HR consultant only: no leader, no employee representative.
            Assert.That(byKey["completeCoordinationGroups"], Is.EqualTo((0, 1, (double?)0, (bool?)false)));
            Assert.That(byKey["monthsWithAbsenceData"], Is.EqualTo((2, 2, (double?)100, (bool?)true)));
        });
        Assert.That(report.Indicators.Select(i => i.Element).Distinct(), Is.EquivalentTo(Enum.GetValues<CoreElement>()));
        Assert.That(report.AllMet, Is.False);
    }

    [TestCase("da", "Sygefraværssamtale senest dag 28 (§ 7a)")]
    [TestCase("en-GB,en;q=0.9", "Absence conversation by day 28 (§ 7a)")]
    public async Task ShouldNameEachIndicatorInTheRequestsLanguageBesideItsKey(string language, string name)
    {
        var hr = await World.Hr();
        hr.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var report = await (await hr.GetAsync("/api/statistics/indicators?from=2026-03&to=2026-03")).Read<IndicatorReportView>();

        Assert.That(report.Indicators.Single(i => i.Key == "firstConversationOnTime").Name, Is.EqualTo(name));
    }

    [Test]
    public async Task ShouldCountAPossibilityStatementAskedForAsAStepOrAsADocumentationRequestInALongCase()
    {
        var manager = await World.ManagerA();
        var asStep = await ReportSickCall(manager, World.EmployeeA, new DateOnly(2026, 2, 1));
        var asDocumentation = await ReportSickCall(manager, World.EmployeeA1, new DateOnly(2026, 2, 2));
        var fitNoteOnly = await ReportSickCall(manager, World.EmployeeA2, new DateOnly(2026, 2, 3));
        (await manager.PostJson($"/api/cases/{asStep}/possibility-statement", new { requestedOn = "2026-03-01" })).EnsureSuccessStatusCode();
        (await manager.PostJson($"/api/cases/{asDocumentation}/documentation-requests", new { kind = "PossibilityStatement", requestedOn = "2026-03-02" }))
            .EnsureSuccessStatusCode();
        (await manager.PostJson($"/api/cases/{fitNoteOnly}/documentation-requests", new { kind = "FitNote", requestedOn = "2026-03-02" }))
            .EnsureSuccessStatusCode();

        var report = await (await (await World.Hr()).GetAsync($"/api/statistics/indicators?from=2026-02&to=2026-03&unitId={World.UnitA}"))
            .Read<IndicatorReportView>();

        // All three passed day 28 in March; two had a possibility statement asked for, against the target of 75 %.
        var indicator = report.Indicators.Single(i => i.Key == "longCasesWithPossibilityStatement");
        Assert.That((indicator.Numerator, indicator.Denominator, indicator.ValuePercent, indicator.Met), Is.EqualTo((2, 3, (double?)66.6667, (bool?)false)));
    }

    [Test]
    public async Task ShouldShowTheIndicatorsToHrAlone()
    {
        await (await (await World.ManagerA()).GetAsync("/api/statistics/indicators?from=2026-03&to=2026-03")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Coordinator()).GetAsync("/api/statistics/indicators?from=2026-03&to=2026-03")).Problem(HttpStatusCode.Forbidden);
        await (await (await World.Admin()).GetAsync("/api/statistics/indicators?from=2026-03&to=2026-03")).Problem(HttpStatusCode.Forbidden);
    }

    [TestCase("to=2026-03", "from")]
    [TestCase("from=2026-3&to=2026-03", "from")]
    [TestCase("from=2026-03&to=2026-02", "to")]
    public async Task ShouldRejectBadMonthsNamingTheField(string query, string field)
    {
        var response = await (await World.Hr()).GetAsync($"/api/statistics/indicators?{query}");

        Assert.That(await response.FieldErrors(), Does.Contain(field));
    }

    [Test]
    public async Task ShouldCountTheWorkplacesThatFollowedUpOnAMeasurementOnTime()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", "unit_code;name;kind;parent_code;is_pilot\nC;Børnehuset C;workplace;DAG;false\n");
        var workplaceC = await World.InDatabase(db => db.Units.Where(u => u.Code == "C").Select(u => u.Id).SingleAsync());
        // Published 05.01.2026: the team discussion due 04.02, MED and leadership 19.02, the action plan 06.03 — in the period.
        var measurement = await Measurement(hr, new DateOnly(2026, 1, 5));
        // Published 01.06.2025: its action plan was due 31.07.2025, outside the period, though no workplace followed up.
        await Measurement(hr, new DateOnly(2025, 6, 1));
        var measure = new[] { new { description = "Ugentligt tavlemøde", responsible = "Lone Holm", followUpOn = "2026-06-01" } };
        await Follow(hr, measurement, World.UnitA, "2026-01-20", "2026-02-10", "2026-02-19", "2026-03-06", measure);
        await Follow(hr, measurement, World.UnitB, "2026-01-15", "2026-01-30", "2026-02-02", "2026-03-01", measure);
        await Follow(hr, measurement, workplaceC, "2026-02-05", "2026-02-10", "2026-02-12", "2026-03-02", measure);

        var report = await (await hr.GetAsync("/api/statistics/indicators?from=2026-02&to=2026-03")).Read<IndicatorReportView>();

        // A met every deadline (two on the day itself), B too; C discussed the results in the team a day late: 2 of 3.
        var indicator = report.Indicators.Single(i => i.Key == "workplacesFollowedUpOnTime");
        Assert.That((indicator.Element, indicator.Numerator, indicator.Denominator, indicator.ValuePercent, indicator.TargetPercent, indicator.Met),
            Is.EqualTo((CoreElement.Prevention, 2, 3, (double?)66.6667, 80d, (bool?)false)));
    }

    private static async Task<int> Measurement(HttpClient hr, DateOnly publishedOn) =>
        (await (await hr.PostJson("/api/measurements", new
        {
            name = $"Social kapital {publishedOn.Year}", kind = "SocialCapital", fieldedFrom = publishedOn.AddDays(-40), fieldedTo = publishedOn.AddDays(-20), publishedOn,
        })).Read<Application.Measurements.MeasurementDto>()).Id;

    private static async Task Follow(HttpClient hr, int measurement, int unitId, string team, string med, string leadership, string actionPlan, object measures) =>
        (await hr.PostJson($"/api/measurements/{measurement}/follow-ups/{unitId}", new
        {
            teamDiscussedOn = team, medDiscussedOn = med, leadershipDiscussedOn = leadership, actionPlanOn = actionPlan, measures,
        })).EnsureSuccessStatusCode();
}

using AbsenceCases.Application.Statistics;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>Criterion 1: the pilot workplaces' change in sickness absence beside the others', and the difference in differences.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class SuccessCriteriaApiTests(DatabaseProvider provider) : StatisticsTest(provider)
{
    [Test]
    public async Task ShouldCompareThePilotWorkplacesWithTheRest()
    {
        var hr = await Import(
            "7001;Ane Ager;W1;37;2024-01-01;;Smed\n" +
            "7002;Bo Brink;W2;37;2024-01-01;;Kok\n",
            "7001;2024-03-04;2024-03-08;100;own_illness\n" +
            "7001;2024-04-02;2024-04-03;100;own_illness\n" +
            "7001;2024-04-04;2024-04-04;100;child_illness\n" +
            "7002;2024-03-04;2024-03-04;100;own_illness\n" +
            "7002;2024-04-08;2024-04-11;100;work_injury\n");

        var criteria = await (await hr.GetAsync("/api/statistics/success-criteria?baselineFrom=2024-03&baselineTo=2024-03&from=2024-04&to=2024-04"))
            .Read<SuccessCriteriaView>();

        // Pilot units: A (with team A1) of the test municipality and W1. Pilot f = 1 + 0.5 + 1 (A) + 1 (7001) = 3.5;
        // the rest: B's 1 + 7002's 1 = 2. March 2024 has 19 working days, April 21.
        // Pilot: March 3.5 × 19 = 66.5 possible, 5 days (4–8 March); April 3.5 × 21 = 73.5, 2 days (2–3 April; the
        // child illness on 4 April is not sickness absence).
        // Rest: March 2 × 19 = 38, 1 day; April 2 × 21 = 42, 4 days of work injury (8–11 April).
        const double pilotBefore = 100.0 * 5 / 66.5, pilotAfter = 100.0 * 2 / 73.5;
        const double otherBefore = 100.0 * 1 / 38, otherAfter = 100.0 * 4 / 42;
        var rate = criteria.AbsenceRate;
        Assert.Multiple(() =>
        {
            Assert.That(criteria.Baseline, Is.EqualTo(new MonthRange("2024-03", "2024-03", new DateOnly(2024, 3, 31))));
            Assert.That(criteria.Project, Is.EqualTo(new MonthRange("2024-04", "2024-04", new DateOnly(2024, 4, 30))));
            Assert.That(rate.Pilot.Baseline.PossibleDays, Is.EqualTo(66.5).Within(1e-9));
            Assert.That(rate.Pilot.Baseline.AbsenceDays, Is.EqualTo(5).Within(1e-9));
            Assert.That(rate.Pilot.Baseline.RatePercent, Is.EqualTo(pilotBefore).Within(1e-9));
            Assert.That(rate.Pilot.Project.PossibleDays, Is.EqualTo(73.5).Within(1e-9));
            Assert.That(rate.Pilot.Project.RatePercent, Is.EqualTo(pilotAfter).Within(1e-9));
            Assert.That(rate.Pilot.ChangePoints, Is.EqualTo(pilotAfter - pilotBefore).Within(1e-9));
            Assert.That(rate.Other.Baseline.PossibleDays, Is.EqualTo(38).Within(1e-9));
            Assert.That(rate.Other.Baseline.RatePercent, Is.EqualTo(otherBefore).Within(1e-9));
            Assert.That(rate.Other.Project.RatePercent, Is.EqualTo(otherAfter).Within(1e-9));
            // (2.7211 − 7.5188) − (9.5238 − 2.6316) = −4.7977 − 6.8922 = −11.6899 percentage points.
            Assert.That(rate.DifferenceInDifferences, Is.EqualTo(pilotAfter - pilotBefore - (otherAfter - otherBefore)).Within(1e-9));
            Assert.That(rate.DifferenceInDifferences, Is.EqualTo(-11.6899).Within(1e-4));
            Assert.That(rate.Achieved, Is.True);
        });
        Assert.That(rate.PilotWorkplaces.Select(w => w.Code), Is.EqualTo(new[] { "A", "W1" }));
        var w1 = rate.PilotWorkplaces[1].Change;
        // W1 alone: March 5 of 19 days, April 2 of 21.
        Assert.That((w1.Baseline.RatePercent, w1.Project.RatePercent), Is.EqualTo((100.0 * 5 / 19, 100.0 * 2 / 21)).Within(1e-9));
    }

    [Test]
    public async Task ShouldNotCallARiseAchieved()
    {
        var hr = await Import(
            "7001;Ane Ager;W1;37;2024-01-01;;Smed\n",
            "7001;2024-04-02;2024-04-03;100;own_illness\n");

        var criteria = await (await hr.GetAsync("/api/statistics/success-criteria?baselineFrom=2024-03&baselineTo=2024-03&from=2024-04&to=2024-04"))
            .Read<SuccessCriteriaView>();

        // The pilot rate rises from 0 to 100 × 2 / 73.5; the others stay at 0.
        Assert.That(criteria.AbsenceRate.Pilot.ChangePoints, Is.EqualTo(100.0 * 2 / 73.5).Within(1e-9));
        Assert.That(criteria.AbsenceRate.Achieved, Is.False);
    }

    [Test]
    public async Task ShouldRelateAWorkplacesAbsenceBeforeAndAfterItsPreventionInitiative()
    {
        var hr = await Import(
            "7001;Ane Ager;W1;37;2024-01-01;;Smed\n",
            "7001;2024-03-04;2024-03-08;100;own_illness\n" +
            "7001;2024-09-02;2024-09-03;100;own_illness\n");
        await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = await UnitId("W1"), type = "LeadershipTraining", description = "Ledertræning", startOn = "2024-07-01",
        })).Read<AbsenceCases.Application.Prevention.InitiativeDto>();

        var criteria = await (await hr.GetAsync("/api/statistics/success-criteria?baselineFrom=2024-03&baselineTo=2024-03&from=2024-04&to=2024-04"))
            .Read<SuccessCriteriaView>();

        // Six months before July 2024: working days January 22, February 21, March 19, April 21, May 21, June 20 = 124,
        // with 5 days of absence (4–8 March). Six months from July: 23, 22, 21, 23, 21, 20 = 130, with 2 days (2–3 September).
        var effect = criteria.Initiatives.Single();
        Assert.Multiple(() =>
        {
            Assert.That((effect.Before.From, effect.Before.To, effect.After.From, effect.After.To), Is.EqualTo(("2024-01", "2024-06", "2024-07", "2024-12")));
            Assert.That((effect.Change.Baseline.PossibleDays, effect.Change.Baseline.AbsenceDays), Is.EqualTo((124d, 5d)).Within(1e-9));
            Assert.That((effect.Change.Project.PossibleDays, effect.Change.Project.AbsenceDays), Is.EqualTo((130d, 2d)).Within(1e-9));
            Assert.That(effect.Change.ChangePoints, Is.EqualTo(100.0 * 2 / 130 - 100.0 * 5 / 124).Within(1e-9));
        });
    }

    [Test]
    public async Task ShouldSetTheWorkplacesWellbeingBeforeAndAfterItsPreventionInitiative()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2024-01-01;;Smed\n", string.Empty);
        const string header = "unit_code;dimension;score;respondents;invited\n";
        await Measurement(hr, "Tidlig 2024", "2024-03-04", "2024-03-15", "2024-04-01", header + "W1;Tillid;30;8;10\n");
        var autumn = await Measurement(hr, "Efterår 2024", "2024-10-21", "2024-11-08", "2024-12-02",
            header + "W1;Tillid;40;6;8\nW1;Samarbejde;50;6;8\nT1;Tillid;80;4;5\n");
        await Measurement(hr, "Lille 2024", "2024-11-18", "2024-11-29", "2024-12-10", header + "W1;Tillid;90;4;5\n");
        await Measurement(hr, "Upubliceret 2025", "2025-03-03", "2025-03-14", null, header + "W1;Tillid;70;8;10\n");
        var next = await Measurement(hr, "Efterår 2025", "2025-10-20", "2025-11-07", "2026-01-20",
            header + "W1;Tillid;66;10;12\nW1;Samarbejde;55,5;10;12\n");
        await (await hr.PostJson("/api/prevention-initiatives", new
        {
            unitId = await UnitId("W1"), type = "LeadershipTraining", description = "Ledertræning", startOn = "2025-01-01",
        })).Read<AbsenceCases.Application.Prevention.InitiativeDto>();

        var effect = (await (await hr.GetAsync("/api/statistics/success-criteria?baselineFrom=2024-03&baselineTo=2024-03&from=2024-04&to=2024-04"))
            .Read<SuccessCriteriaView>()).Initiatives.Single();

        // Before: "Lille 2024" is the last fielded before the start, but its 4 respondents hide W1's score, so "Efterår
        // 2024": Tillid (40 × 6 + 80 × 4) / 10 = 56, Samarbejde 50, overall 53. After: the unpublished measurement does
        // not count, so "Efterår 2025": (66 + 55.5) / 2 = 60.75.
        Assert.That(effect.WellbeingBefore, Is.EqualTo(new MeasurementScore(autumn, "Efterår 2024", new DateOnly(2024, 10, 21), new DateOnly(2024, 11, 8), 53m)));
        Assert.That(effect.WellbeingAfter, Is.EqualTo(new MeasurementScore(next, "Efterår 2025", new DateOnly(2025, 10, 20), new DateOnly(2025, 11, 7), 60.75m)));
    }

    private static async Task<int> Measurement(HttpClient hr, string name, string from, string to, string? publishedOn, string results)
    {
        var created = await (await hr.PostJson("/api/measurements", new { name, kind = "SocialCapital", fieldedFrom = from, fieldedTo = to, publishedOn }))
            .Read<AbsenceCases.Application.Measurements.MeasurementDto>();
        await (await hr.PostCsv($"/api/measurements/{created.Id}/results", results)).Read<AbsenceCases.Application.Imports.ImportResult>();
        return created.Id;
    }

    [Test]
    public async Task ShouldHoldTheImplementationIndicatorsOfThePilotWorkplaces()
    {
        var hr = await Import("7001;Ane Ager;W1;37;2024-01-01;;Smed\n", string.Empty);

        var criteria = await (await hr.GetAsync("/api/statistics/success-criteria?baselineFrom=2024-03&baselineTo=2024-03&from=2024-04&to=2024-04"))
            .Read<SuccessCriteriaView>();

        // The pilot workplaces' only group (Gruppe A) has an HR consultant but no leader or employee representative,
        // and no absence was recorded in April 2024.
        var implementation = criteria.Implementation;
        Assert.That(implementation.Indicators, Has.Count.EqualTo(11));
        Assert.That(
            implementation.Indicators.Single(i => i.Key == "completeCoordinationGroups"),
            Has.Property("Met").False.And.Property("Name").EqualTo("Koordineringsgrupper med leder, medarbejderrepræsentant og HR"));
        Assert.That(implementation.Indicators.Single(i => i.Key == "monthsWithAbsenceData").Numerator, Is.Zero);
        Assert.That(implementation.Achieved, Is.False);
    }
}

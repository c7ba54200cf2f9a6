using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>Criterion 1: the pilot workplaces' change in sickness absence beside the others', and the difference in differences.</summary>
public sealed class SuccessCriteriaApiTests : StatisticsTest
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
            .Read<SuccessCriteria>();

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
            .Read<SuccessCriteria>();

        // The pilot rate rises from 0 to 100 × 2 / 73.5; the others stay at 0.
        Assert.That(criteria.AbsenceRate.Pilot.ChangePoints, Is.EqualTo(100.0 * 2 / 73.5).Within(1e-9));
        Assert.That(criteria.AbsenceRate.Achieved, Is.False);
    }
}

using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Domain.Tests.Wellbeing;

/// <summary>Published 01.03.2026: with the default policy the team discussion is due 31.03, MED and leadership 15.04, the action plan 30.04.</summary>
public sealed class WorkplaceFollowUpTests
{
    private static readonly DateOnly PublishedOn = new(2026, 3, 1);
    private static readonly DeadlinePolicy Policy = new(new PolicySettings());
    private static readonly OrganisationUnit Municipality = new("K", "Kommunen", UnitKind.Municipality, null, false);
    private static readonly OrganisationUnit Workplace = new("A", "Børnehuset A", UnitKind.Workplace, Municipality, false);

    [Test]
    public void ShouldHaveNoFollowUpBeforeTheResultsArePublished()
    {
        var unpublished = new Measurement("Trivsel", MeasurementKind.Wellbeing, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 30), null, null);

        var refusal = Assert.Throws<DomainException>(() => _ = new WorkplaceFollowUp(unpublished, Workplace, PublishedOn));

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(FollowUpCodes.NotPublished));
    }

    [Test]
    public void ShouldHaveNoFollowUpTheDayBeforeThePublicationDay()
    {
        var refusal = Assert.Throws<DomainException>(() => _ = new WorkplaceFollowUp(Published(), Workplace, PublishedOn.AddDays(-1)));

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(FollowUpCodes.NotPublished));
    }

    [Test]
    public void ShouldBeFollowedUpByAWorkplaceOnly()
    {
        var team = new OrganisationUnit("A1", "Stue 1", UnitKind.Team, Workplace, false);

        var refusal = Assert.Throws<DomainException>(() => _ = new WorkplaceFollowUp(Published(), team, PublishedOn));

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(FollowUpCodes.NotWorkplace));
    }

    [TestCase("2026-02-28", FollowUpCodes.BeforePublished)]
    [TestCase("2026-03-11", FollowUpCodes.InFuture)]
    public void ShouldRefuseADiscussionBeforeThePublicationOrInTheFuture(string on, string code)
    {
        var followUp = new WorkplaceFollowUp(Published(), Workplace, PublishedOn);

        var refusal = Assert.Throws<DomainException>(() => followUp.Record(FollowUpStep.TeamDiscussion, DateOnly.Parse(on), PublishedOn, new DateOnly(2026, 3, 10)));

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(code));
        Assert.That(followUp.TeamDiscussedOn, Is.Null);
    }

    [Test]
    public void ShouldRecordADiscussionOnTheDayOfThePublicationAndCorrectItLater()
    {
        var followUp = new WorkplaceFollowUp(Published(), Workplace, PublishedOn);

        followUp.Record(FollowUpStep.MedDiscussion, PublishedOn, PublishedOn, PublishedOn);
        followUp.Record(FollowUpStep.MedDiscussion, new DateOnly(2026, 3, 4), PublishedOn, new DateOnly(2026, 3, 4));

        Assert.That(followUp.MedDiscussedOn, Is.EqualTo(new DateOnly(2026, 3, 4)));
    }

    [Test]
    public void ShouldAgreeAnActionPlanOnlyWithAMeasureThatIsNotDropped()
    {
        var followUp = new WorkplaceFollowUp(Published(), Workplace, PublishedOn);
        var today = new DateOnly(2026, 3, 10);
        followUp.AddMeasure(new MeasureDraft("Fælles pauser", null, "Lone Holm", new DateOnly(2026, 5, 1)));
        followUp.DropMeasure(0, "Kunne ikke lade sig gøre");

        var refusal = Assert.Throws<DomainException>(() => followUp.Record(FollowUpStep.ActionPlan, today, PublishedOn, today));
        followUp.AddMeasure(new MeasureDraft("Ugentlig tavlemøde", null, "Lone Holm", new DateOnly(2026, 5, 1)));
        followUp.Record(FollowUpStep.ActionPlan, today, PublishedOn, today);

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(FollowUpCodes.ActionPlanWithoutMeasures));
        Assert.That(followUp.ActionPlanOn, Is.EqualTo(today));
    }

    [Test]
    public void ShouldChangeOnlyAPlannedMeasure()
    {
        var followUp = new WorkplaceFollowUp(Published(), Workplace, PublishedOn);
        var today = new DateOnly(2026, 3, 10);
        followUp.AddMeasure(new MeasureDraft("Fælles pauser", null, "Lone Holm", new DateOnly(2026, 5, 1)));
        followUp.CompleteMeasure(0, today, "Godt modtaget", PublishedOn, today);

        var refusal = Assert.Throws<DomainException>(() => followUp.EditMeasure(0, new MeasureDraft("Andet", null, "Ole", null)));

        Assert.That(refusal!.Refusal.Code, Is.EqualTo(CaseCodes.MeasureNotPlanned));
        Assert.That(followUp.Measures.Single().Status, Is.EqualTo(MeasureStatus.Done));
    }

    [TestCase("2026-03-27", DeadlineStatus.Upcoming, TestName = "four days before: upcoming")]
    [TestCase("2026-03-28", DeadlineStatus.Due, TestName = "three days before, the lead: due")]
    [TestCase("2026-03-31", DeadlineStatus.Due, TestName = "on the deadline: due")]
    [TestCase("2026-04-01", DeadlineStatus.Overdue, TestName = "the day after: overdue")]
    public void ShouldCountTheTeamDiscussionThirtyDaysFromThePublication(string today, DeadlineStatus status)
    {
        var deadlines = FollowUpSchedule.Of(PublishedOn, null, DateOnly.Parse(today), Policy);

        Assert.That(deadlines.Select(d => (d.Step, d.DueDate)), Is.EqualTo(new[]
        {
            (FollowUpStep.TeamDiscussion, new DateOnly(2026, 3, 31)),
            (FollowUpStep.MedDiscussion, new DateOnly(2026, 4, 15)),
            (FollowUpStep.LeadershipDiscussion, new DateOnly(2026, 4, 15)),
            (FollowUpStep.ActionPlan, new DateOnly(2026, 4, 30)),
        }));
        Assert.That(deadlines[0].Status, Is.EqualTo(status));
    }

    [TestCase("2026-04-30", true, TestName = "action plan on its deadline: in time")]
    [TestCase("2026-05-01", false, TestName = "action plan a day late: not in time")]
    public void ShouldCountAFollowUpInTimeOnlyWhenEveryStepWasDoneByItsDeadline(string actionPlanOn, bool inTime)
    {
        var followUp = new WorkplaceFollowUp(Published(), Workplace, PublishedOn);
        var today = new DateOnly(2026, 5, 10);
        followUp.Record(FollowUpStep.TeamDiscussion, new DateOnly(2026, 3, 31), PublishedOn, today);
        followUp.Record(FollowUpStep.MedDiscussion, new DateOnly(2026, 4, 15), PublishedOn, today);
        followUp.Record(FollowUpStep.LeadershipDiscussion, new DateOnly(2026, 4, 2), PublishedOn, today);
        followUp.AddMeasure(new MeasureDraft("Ugentlig tavlemøde", null, "Lone Holm", new DateOnly(2026, 6, 1)));
        followUp.Record(FollowUpStep.ActionPlan, DateOnly.Parse(actionPlanOn), PublishedOn, today);

        var deadlines = FollowUpSchedule.Of(PublishedOn, followUp, today, Policy);

        Assert.That(FollowUpSchedule.FollowedUpInTime(deadlines), Is.EqualTo(inTime));
        Assert.That(FollowUpSchedule.StatusOf(deadlines), Is.EqualTo(FollowUpStatus.Met), "the measure's follow-up date in June does not count");
    }

    [Test]
    public void ShouldBeOverdueWhileAStepIsLateAndOnTimeBefore()
    {
        var onTime = FollowUpSchedule.StatusOf(FollowUpSchedule.Of(PublishedOn, null, new DateOnly(2026, 3, 31), Policy));
        var overdue = FollowUpSchedule.StatusOf(FollowUpSchedule.Of(PublishedOn, null, new DateOnly(2026, 4, 1), Policy));

        Assert.That((onTime, overdue), Is.EqualTo((FollowUpStatus.OnTime, FollowUpStatus.Overdue)));
    }

    private static Measurement Published() =>
        new("Social kapital", MeasurementKind.SocialCapital, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 30), PublishedOn, null);
}

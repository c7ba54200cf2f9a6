using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>The deadlines of the coordination group's work: the weekly case review and the follow-ups of the prevention plan.</summary>
public class FollowUpDeadlinesTests
{
    // The builder starts coordination on 2 March + 10 = 12 March: the review is due 12 March + 7 = 19 March.
    // It agrees the plan on 2 March + 14 = 16 March with one measure followed up 16 March + 28 = 13 April.
    private static readonly DateOnly CoordinationStarted = new(2026, 3, 12);
    private static readonly DateOnly ReviewDue = new(2026, 3, 19);
    private static readonly DateOnly PlanAgreed = new(2026, 3, 16);
    private static readonly DateOnly FollowUpDue = new(2026, 4, 13);

    private readonly DeadlinePolicy _policy = new(Policy);

    [TestCase(CaseStatus.Coordination)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldDueTheReviewAWeekAfterCoordinationStarted(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();

        var deadline = ReviewOf(@case, PlanAgreed);

        Assert.Multiple(() =>
        {
            Assert.That(@case.CoordinationStartedOn, Is.EqualTo(CoordinationStarted));
            Assert.That(deadline?.DueDate, Is.EqualTo(ReviewDue));
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Due));
            Assert.That(deadline?.MetOn, Is.Null);
            Assert.That(deadline?.Basis, Is.EqualTo("deadline.coordinationReviewBasis"));
        });
    }

    [TestCase(CaseStatus.Reported)]
    [TestCase(CaseStatus.FirstConversation)]
    public void ShouldDueNoReviewBeforeCoordination(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();

        Assert.That(ReviewOf(@case, PlanAgreed), Is.Null);
    }

    [TestCase("2026-03-15", DeadlineStatus.Upcoming)]
    [TestCase("2026-03-16", DeadlineStatus.Due)]
    [TestCase("2026-03-19", DeadlineStatus.Due)]
    [TestCase("2026-03-20", DeadlineStatus.Overdue)]
    public void ShouldGiveTheReviewItsStatusByTheLeadTimeAndNeverMeetIt(string today, DeadlineStatus expected)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();

        var deadline = ReviewOf(@case, DateOnly.Parse(today));

        Assert.That(deadline?.Status, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldKeepTheReviewWhenTheEmployeeIsBackButTheCaseIsInCoordination()
    {
        var back = new DateOnly(2026, 3, 13);
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();
        @case.RegisterReturn(back, Stamps.On(back), Policy);

        var deadline = ReviewOf(@case, new DateOnly(2026, 3, 20));

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(deadline?.DueDate, Is.EqualTo(ReviewDue));
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Overdue));
        });
    }

    [Test]
    public void ShouldDueNoReviewOnceTheCaseIsClosed()
    {
        var closedOn = new DateOnly(2026, 3, 25);
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination)
            .ClosedOn(closedOn, CloseReason.ReturnedToWork).Build();

        Assert.That(ReviewOf(@case, closedOn), Is.Null);
    }

    [Test]
    public void ShouldMoveTheReviewWithTheIntervalSetting()
    {
        // CoordinationReviewIntervalDays = 14: 12 March + 14 = 26 March.
        var settings = new PolicySettings { CoordinationReviewIntervalDays = 14 };
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).UnderPolicy(settings).Build();

        var deadline = new DeadlinePolicy(settings).DeadlinesOf(@case, PlanAgreed).Single(d => d.Kind == DeadlineKind.CoordinationReview);

        Assert.That(deadline.DueDate, Is.EqualTo(new DateOnly(2026, 3, 26)));
    }

    [Test]
    public void ShouldDueAFollowUpOnTheFollowUpDateOfTheMeasure()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.PreventionPlan).Build();
        var measure = @case.PreventionPlan!.Measures.Single();

        var deadlines = _policy.DeadlinesOf(@case, PlanAgreed);
        var followUp = deadlines.Single(d => d.Kind == DeadlineKind.MeasureFollowUp);

        Assert.Multiple(() =>
        {
            Assert.That(followUp.DueDate, Is.EqualTo(FollowUpDue));
            Assert.That(followUp.Status, Is.EqualTo(DeadlineStatus.Upcoming));
            Assert.That(followUp.MetOn, Is.Null);
            Assert.That(followUp.MeasureId, Is.EqualTo(measure.Id));
            Assert.That(followUp.Basis, Is.EqualTo("deadline.measureFollowUpBasis"));
            Assert.That(deadlines.Where(d => d.Kind != DeadlineKind.MeasureFollowUp).Select(d => d.MeasureId), Is.All.Null);
        });
    }

    [Test]
    public void ShouldDueAFollowUpForEveryMeasureInDateOrder()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();
        @case.AgreePreventionPlan(
            Plans.Proposal(
                PlanAgreed,
                new MeasureDraft("Ergonomisk gennemgang", "hr-3", "Hanne HR", new DateOnly(2026, 4, 20)),
                new MeasureDraft("Kortere arbejdsdage", "leader-1", "Lone Leder", new DateOnly(2026, 3, 30))),
            Stamps.On(PlanAgreed),
            Policy);

        var followUps = _policy.DeadlinesOf(@case, PlanAgreed).Where(d => d.Kind == DeadlineKind.MeasureFollowUp).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(followUps.Select(d => d.DueDate), Is.EqualTo(new[] { new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 20) }));
            Assert.That(followUps.Select(d => d.MeasureId), Has.All.Not.Null);
        });
    }

    [TestCase("2026-04-13", false, TestName = "A follow-up is dropped when the case closed on its date")]
    [TestCase("2026-04-14", true, TestName = "A follow-up stays overdue when the case closed the day after its date")]
    public void ShouldDropAFollowUpOfACaseClosedByItsDate(string closedOn, bool stays)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.PreventionPlan)
            .ClosedOn(DateOnly.Parse(closedOn), CloseReason.ReturnedToWork).Build();

        var followUp = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 20)).SingleOrDefault(d => d.Kind == DeadlineKind.MeasureFollowUp);

        Assert.That(followUp?.Status, Is.EqualTo(stays ? DeadlineStatus.Overdue : (DeadlineStatus?)null));
    }

    [Test]
    public void ShouldKeepAFollowUpWhenTheEmployeeIsBackButTheCaseIsOpen()
    {
        // Unlike the deadlines about the absence itself, a follow-up lasts until the case is closed.
        var back = new DateOnly(2026, 4, 1);
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.PreventionPlan).Build();
        @case.RegisterReturn(back, Stamps.On(back), Policy);

        var followUp = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 20)).SingleOrDefault(d => d.Kind == DeadlineKind.MeasureFollowUp);

        Assert.Multiple(() =>
        {
            Assert.That(followUp?.DueDate, Is.EqualTo(FollowUpDue));
            Assert.That(followUp?.Status, Is.EqualTo(DeadlineStatus.Overdue));
        });
    }

    private Deadline? ReviewOf(AbsenceCase @case, DateOnly today) =>
        _policy.DeadlinesOf(@case, today).SingleOrDefault(d => d.Kind == DeadlineKind.CoordinationReview);
}

using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>
/// Sygedagpengeloven § 7b: a retention plan (fastholdelsesplan) when the return is expected later than 8 weeks or the
/// employee asks for one; the policy wants it by the end of week 8.
/// </summary>
public class RetentionPlanTests
{
    // First sick day 2 March 2026. The plan is due 2 March + 56 = 27 April; a return on 28 April is later than 8 weeks.
    private static readonly DateOnly RetentionPlanDue = new(2026, 4, 27);
    private static readonly DateOnly LaterThanEightWeeks = new(2026, 4, 28);
    private static readonly DateOnly ConversationDay = new(2026, 3, 9);
    private static readonly DateOnly Today = new(2026, 3, 20);

    private readonly DeadlinePolicy _policy = new(Policy);

    [Test]
    public void ShouldDueTheRetentionPlanAtTheEndOfWeekEightWhenTheReturnIsExpectedLaterThanEightWeeks()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();

        var deadline = RetentionPlanOf(@case, FirstDay);

        Assert.Multiple(() =>
        {
            Assert.That(deadline?.DueDate, Is.EqualTo(RetentionPlanDue));
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Upcoming));
            Assert.That(deadline?.Basis, Is.EqualTo("deadline.retentionPlanBasis"));
        });
    }

    [Test]
    public void ShouldNotDueTheRetentionPlanWhenTheReturnIsExpectedAfterExactlyEightWeeks()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(RetentionPlanDue).Build();

        Assert.That(RetentionPlanOf(@case, FirstDay), Is.Null);
    }

    [Test]
    public void ShouldDueTheRetentionPlanWhenTheEmployeeAskedForItAtTheFirstConversation()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.HoldFirstConversation(AskingForAPlan(ConversationDay), Stamps.On(ConversationDay), Policy);

        var deadlines = _policy.DeadlinesOf(@case, ConversationDay);

        Assert.Multiple(() =>
        {
            Assert.That(@case.RetentionPlanRequestedOn, Is.EqualTo(ConversationDay));
            Assert.That(
                deadlines.Where(d => d.Kind == DeadlineKind.RetentionPlan).Select(d => (d.DueDate, d.Status)),
                Is.EqualTo(new[] { (RetentionPlanDue, DeadlineStatus.Upcoming) }));
            Assert.That(deadlines.Select(d => d.Kind), Does.Not.Contain(DeadlineKind.FastTrackOption), "the absence is not long");
        });
    }

    [Test]
    public void ShouldNotDueTheRetentionPlanWhenNobodyAskedAndNoLongAbsenceIsExpected()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();

        Assert.Multiple(() =>
        {
            Assert.That(@case.RetentionPlanRequestedOn, Is.Null);
            Assert.That(RetentionPlanOf(@case, Today), Is.Null);
        });
    }

    [Test]
    public void ShouldMakeTheRetentionPlanAndKeepTheState()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).WalkedTo(CaseStatus.Coordination).Build();
        var version = @case.Version;

        @case.MakeRetentionPlan(new RetentionPlanDetails(Today, "Nedsat tid i fire uger, derefter fuld tid"), Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.RetentionPlanMadeOn, Is.EqualTo(Today));
            Assert.That(@case.RetentionPlan.Content, Is.EqualTo("Nedsat tid i fire uger, derefter fuld tid"));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.Version, Is.EqualTo(version + 1));
            Assert.That(@case.History.Last().Action, Is.EqualTo(CaseHistoryAction.MakeRetentionPlan));
        });
    }

    [Test]
    public void ShouldMeetTheRetentionPlanWhenItIsMade()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();
        @case.MakeRetentionPlan(new RetentionPlanDetails(Today, "Faste pauser"), Stamps.On(Today), Policy);

        var deadline = RetentionPlanOf(@case, new DateOnly(2026, 5, 4));

        Assert.Multiple(() =>
        {
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline?.MetOn, Is.EqualTo(Today));
            Assert.That(deadline?.DueDate, Is.EqualTo(RetentionPlanDue));
        });
    }

    [Test]
    public void ShouldMakeTheRetentionPlanTheEmployeeAskedFor()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.HoldFirstConversation(AskingForAPlan(ConversationDay), Stamps.On(ConversationDay), Policy);

        @case.MakeRetentionPlan(new RetentionPlanDetails(Today, "Faste pauser"), Stamps.On(Today), Policy);

        Assert.That(@case.RetentionPlanMadeOn, Is.EqualTo(Today));
    }

    [Test]
    public void ShouldReplaceTheRetentionPlanWithALaterOne()
    {
        var later = new DateOnly(2026, 4, 20);
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();
        @case.MakeRetentionPlan(new RetentionPlanDetails(Today, "Faste pauser"), Stamps.On(Today), Policy);

        @case.MakeRetentionPlan(new RetentionPlanDetails(later, "Gradvis opstart"), Stamps.On(later), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.RetentionPlanMadeOn, Is.EqualTo(later));
            Assert.That(@case.RetentionPlan.Content, Is.EqualTo("Gradvis opstart"));
            Assert.That(@case.History.Count(h => h.Action == CaseHistoryAction.MakeRetentionPlan), Is.EqualTo(2));
        });
    }

    // The case is in FirstConversation, so the return keeps it open.
    [TestCase("2026-04-27", false, TestName = "The retention plan is dropped when the employee is back on its due date")]
    [TestCase("2026-04-28", true, TestName = "The retention plan stays when the employee is back the day after its due date")]
    public void ShouldDropTheRetentionPlanWhenTheEmployeeIsBackByItsDueDate(string returnedOn, bool stays)
    {
        var back = DateOnly.Parse(returnedOn);
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks)
            .WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(back, Stamps.On(back), Policy);

        var deadline = RetentionPlanOf(@case, new DateOnly(2026, 5, 4));

        Assert.That(deadline?.Status, Is.EqualTo(stays ? DeadlineStatus.Overdue : (DeadlineStatus?)null));
    }

    [TestCase(null, TestName = "A retention plan is refused without an expected return or a request")]
    [TestCase("2026-04-27", TestName = "A retention plan is refused with a return expected after exactly 8 weeks and no request")]
    public void ShouldRefuseARetentionPlanNobodyAskedForInAShortAbsence(string? expectedReturn)
    {
        var builder = CaseBuilder.SickCallFrom(FirstDay);
        var @case = (expectedReturn is null ? builder : builder.ExpectingReturnOn(DateOnly.Parse(expectedReturn))).Build();
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.MakeRetentionPlan(new RetentionPlanDetails(Today, "Faste pauser"), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.LongAbsenceOrAsked }));
            Assert.That(@case.PermittedTriggers(Today, Policy), Does.Not.Contain(CaseTrigger.MakeRetentionPlan));
            Assert.That(@case.RetentionPlan.Content, Is.Null);
            Assert.That(@case.RetentionPlanMadeOn, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [TestCase("2026-03-01", TestName = "A retention plan dated the day before the first sick day is refused")]
    [TestCase("2026-03-21", TestName = "A retention plan dated tomorrow is refused")]
    public void ShouldRefuseARetentionPlanDatedOutsideTheAbsence(string madeOn)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();

        var refusal = Refusal.Of(() => @case.MakeRetentionPlan(
            new RetentionPlanDetails(DateOnly.Parse(madeOn), "Faste pauser"), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.MadeWithinAbsence }));
            Assert.That(@case.RetentionPlan.Content, Is.Null);
        });
    }

    private static FirstConversationDetails AskingForAPlan(DateOnly heldOn) =>
        new(heldOn, ConversationForm.InPerson, null, null, new ConversationRequests(PossibilityStatement: false, RetentionPlan: true, FastTrack: false));

    private Deadline? RetentionPlanOf(AbsenceCase @case, DateOnly today) =>
        _policy.DeadlinesOf(@case, today).SingleOrDefault(d => d.Kind == DeadlineKind.RetentionPlan);
}

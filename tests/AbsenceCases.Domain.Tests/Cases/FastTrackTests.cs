using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>Sygedagpengeloven § 7c: with a return expected later than 8 weeks, the employer may ask for early follow-up within 5 weeks.</summary>
public class FastTrackTests
{
    // First sick day 2 March 2026. Eight weeks later is 2 March + 56 = 27 April; a return on 28 April is later.
    // The fast-track option is due 2 March + 35 = 6 April.
    private static readonly DateOnly EightWeeks = new(2026, 4, 27);
    private static readonly DateOnly LaterThanEightWeeks = new(2026, 4, 28);
    private static readonly DateOnly FastTrackDue = new(2026, 4, 6);
    private static readonly DateOnly Today = new(2026, 3, 10);

    private readonly DeadlinePolicy _policy = new(Policy);

    [Test]
    public void ShouldDueTheFastTrackOptionFiveWeeksAfterTheFirstDayWhenTheReturnIsExpectedLaterThanEightWeeks()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();

        var deadline = FastTrackOf(@case, FirstDay);

        Assert.Multiple(() =>
        {
            Assert.That(deadline?.DueDate, Is.EqualTo(FastTrackDue));
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Upcoming));
            Assert.That(deadline?.Basis, Is.EqualTo("deadline.fastTrackOptionBasis"));
        });
    }

    [Test]
    public void ShouldNotDueTheFastTrackOptionWhenTheReturnIsExpectedAfterExactlyEightWeeks()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(EightWeeks).Build();

        Assert.That(FastTrackOf(@case, FirstDay), Is.Null);
    }

    [Test]
    public void ShouldNotDueTheFastTrackOptionWithoutAnExpectedReturn()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        Assert.That(FastTrackOf(@case, FirstDay), Is.Null);
    }

    [Test]
    public void ShouldDueTheFastTrackOptionWhenTheConversationExpectsALongAbsence()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(new DateOnly(2026, 3, 16)).Build();
        @case.HoldFirstConversation(Conversation(Today, LaterThanEightWeeks, default), Stamps.On(Today), Policy);

        var deadline = FastTrackOf(@case, Today);

        Assert.Multiple(() =>
        {
            Assert.That(@case.ExpectsLongAbsence(Policy), Is.True);
            Assert.That(deadline?.DueDate, Is.EqualTo(FastTrackDue));
            Assert.That(deadline?.MetOn, Is.Null);
        });
    }

    [Test]
    public void ShouldRequestFastTrackForALongAbsenceAndKeepTheState()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();
        var version = @case.Version;

        @case.RequestFastTrack(Today, Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.FastTrackRequestedOn, Is.EqualTo(Today));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.Version, Is.EqualTo(version + 1));
            Assert.That(@case.History.Last().Action, Is.EqualTo(CaseHistoryAction.RequestFastTrack));
        });
    }

    [Test]
    public void ShouldMeetTheFastTrackOptionWhenItIsRequested()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();
        @case.RequestFastTrack(Today, Stamps.On(Today), Policy);

        var deadline = FastTrackOf(@case, new DateOnly(2026, 4, 10));

        Assert.Multiple(() =>
        {
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline?.MetOn, Is.EqualTo(Today));
        });
    }

    [Test]
    public void ShouldMeetTheFastTrackOptionAskedForAtTheFirstConversation()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.HoldFirstConversation(
            Conversation(Today, LaterThanEightWeeks, new ConversationRequests(false, false, FastTrack: true)), Stamps.On(Today), Policy);

        var deadline = FastTrackOf(@case, new DateOnly(2026, 4, 10));

        Assert.Multiple(() =>
        {
            Assert.That(@case.FastTrackRequestedOn, Is.EqualTo(Today));
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline?.MetOn, Is.EqualTo(Today));
        });
    }

    [Test]
    public void ShouldNotRecordAFastTrackRequestFromAConversationThatAskedForNone()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();
        @case.HoldFirstConversation(
            Conversation(Today, null, new ConversationRequests(PossibilityStatement: true, RetentionPlan: false, FastTrack: false)),
            Stamps.On(Today),
            Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.FastTrackRequestedOn, Is.Null);
            Assert.That(@case.PermittedTriggers(Today, Policy), Does.Contain(CaseTrigger.RequestFastTrack));
        });
    }

    // The case is in FirstConversation, so the return keeps it open.
    [TestCase("2026-04-06", false, TestName = "The fast-track option is dropped when the employee is back on its due date")]
    [TestCase("2026-04-07", true, TestName = "The fast-track option stays when the employee is back the day after its due date")]
    public void ShouldDropTheFastTrackOptionWhenTheEmployeeIsBackByItsDueDate(string returnedOn, bool stays)
    {
        var back = DateOnly.Parse(returnedOn);
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks)
            .WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(back, Stamps.On(back), Policy);

        var deadline = FastTrackOf(@case, new DateOnly(2026, 4, 10));

        Assert.That(deadline?.Status, Is.EqualTo(stays ? DeadlineStatus.Overdue : (DeadlineStatus?)null));
    }

    [TestCase(null, TestName = "Fast track is refused without an expected return")]
    [TestCase("2026-04-27", TestName = "Fast track is refused with a return expected after exactly 8 weeks")]
    public void ShouldRefuseFastTrackWithoutALongAbsence(string? expectedReturn)
    {
        var builder = CaseBuilder.SickCallFrom(FirstDay);
        var @case = (expectedReturn is null ? builder : builder.ExpectingReturnOn(DateOnly.Parse(expectedReturn))).Build();

        var refusal = Refusal.Of(() => @case.RequestFastTrack(Today, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.LongAbsence }));
            Assert.That(@case.PermittedTriggers(Today, Policy), Does.Not.Contain(CaseTrigger.RequestFastTrack));
            Assert.That(@case.FastTrackRequestedOn, Is.Null);
        });
    }

    [Test]
    public void ShouldRefuseASecondFastTrackRequest()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();
        @case.RequestFastTrack(FirstDay, Stamps.On(FirstDay), Policy);

        var refusal = Refusal.Of(() => @case.RequestFastTrack(Today, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.NotRequestedBefore }));
            Assert.That(@case.PermittedTriggers(Today, Policy), Does.Not.Contain(CaseTrigger.RequestFastTrack));
            Assert.That(@case.FastTrackRequestedOn, Is.EqualTo(FirstDay));
        });
    }

    [Test]
    public void ShouldRefuseFastTrackAlreadyAskedForAtTheFirstConversation()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();
        @case.HoldFirstConversation(
            Conversation(FirstDay, null, new ConversationRequests(false, false, FastTrack: true)), Stamps.On(FirstDay), Policy);

        var refusal = Refusal.Of(() => @case.RequestFastTrack(Today, Stamps.On(Today), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.NotRequestedBefore }));
    }

    [TestCase("2026-03-01", TestName = "A fast-track request dated the day before the first sick day is refused")]
    [TestCase("2026-03-11", TestName = "A fast-track request dated tomorrow is refused")]
    public void ShouldRefuseAFastTrackRequestDatedOutsideTheAbsence(string requestedOn)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).Build();

        var refusal = Refusal.Of(() => @case.RequestFastTrack(DateOnly.Parse(requestedOn), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.RequestedWithinAbsence }));
            Assert.That(@case.FastTrackRequestedOn, Is.Null);
        });
    }

    [TestCase(CaseStatus.FirstConversation)]
    [TestCase(CaseStatus.Coordination)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldRequestFastTrackInEveryLaterOpenState(CaseStatus state)
    {
        var today = new DateOnly(2026, 3, 20);
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(LaterThanEightWeeks).WalkedTo(state).Build();

        @case.RequestFastTrack(today, Stamps.On(today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.FastTrackRequestedOn, Is.EqualTo(today));
            Assert.That(@case.Status, Is.EqualTo(state));
        });
    }

    private static FirstConversationDetails Conversation(DateOnly heldOn, DateOnly? expectedReturn, ConversationRequests requests) =>
        new(heldOn, ConversationForm.InPerson, expectedReturn, null, requests);

    private Deadline? FastTrackOf(AbsenceCase @case, DateOnly today) =>
        _policy.DeadlinesOf(@case, today).SingleOrDefault(d => d.Kind == DeadlineKind.FastTrackOption);
}

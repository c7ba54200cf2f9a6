using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>The round-table meeting (rundbordssamtale) of local policy, for an absence still open after 5 weeks.</summary>
public class RoundTableMeetingTests
{
    // First sick day 2 March 2026. The meeting is possible once the absence has lasted 4 weeks (2 March + 28 =
    // 30 March) and is due 2 March + 35 = 6 April.
    private static readonly DateOnly FourWeeks = new(2026, 3, 30);
    private static readonly DateOnly RoundTableDue = new(2026, 4, 6);

    private readonly DeadlinePolicy _policy = new(Policy);

    [Test]
    public void ShouldDueTheRoundTableMeetingFiveWeeksAfterTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var deadline = RoundTableOf(@case, FirstDay);

        Assert.Multiple(() =>
        {
            Assert.That(deadline?.DueDate, Is.EqualTo(RoundTableDue));
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Upcoming));
            Assert.That(deadline?.Basis, Is.EqualTo("deadline.roundTableMeetingBasis"));
        });
    }

    [TestCase("2026-04-06", false, TestName = "The round-table meeting is dropped when the employee is back on its due date")]
    [TestCase("2026-04-05", false, TestName = "The round-table meeting is dropped when the employee is back the day before its due date")]
    [TestCase("2026-04-07", true, TestName = "The round-table meeting stays overdue when the employee is back the day after its due date")]
    public void ShouldDropTheRoundTableMeetingWhenTheEmployeeIsBackByItsDueDate(string returnedOn, bool stays)
    {
        var back = DateOnly.Parse(returnedOn);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(back, Stamps.On(back), Policy);

        var deadline = RoundTableOf(@case, new DateOnly(2026, 4, 10));

        Assert.That(deadline?.Status, Is.EqualTo(stays ? DeadlineStatus.Overdue : (DeadlineStatus?)null));
    }

    [Test]
    public void ShouldDropTheRoundTableMeetingOfACaseClosedBeforeItsDueDate()
    {
        var closedOn = new DateOnly(2026, 3, 20);
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).ClosedOn(closedOn, CloseReason.Resigned).Build();

        Assert.That(RoundTableOf(@case, new DateOnly(2026, 4, 10)), Is.Null);
    }

    [Test]
    public void ShouldHoldTheRoundTableMeetingOnceTheAbsenceHasLastedFourWeeks()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        var version = @case.Version;

        @case.HoldRoundTableMeeting(FourWeeks, "Med jobcentret og tillidsrepræsentanten", Stamps.On(FourWeeks), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.RoundTableHeldOn, Is.EqualTo(FourWeeks));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(@case.Version, Is.EqualTo(version + 1));
            Assert.That(
                @case.History.Select(h => (h.Action, h.Note)).Last(),
                Is.EqualTo((CaseHistoryAction.HoldRoundTableMeeting, (string?)"Med jobcentret og tillidsrepræsentanten")));
        });
    }

    [Test]
    public void ShouldMeetTheRoundTableMeetingWhenItIsHeld()
    {
        var heldOn = new DateOnly(2026, 4, 2);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.HoldRoundTableMeeting(heldOn, null, Stamps.On(heldOn), Policy);

        var deadline = RoundTableOf(@case, new DateOnly(2026, 4, 10));

        Assert.Multiple(() =>
        {
            Assert.That(deadline?.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline?.MetOn, Is.EqualTo(heldOn));
        });
    }

    [Test]
    public void ShouldRefuseTheRoundTableMeetingTheDayBeforeTheAbsenceHasLastedFourWeeks()
    {
        var today = FourWeeks.AddDays(-1);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.HoldRoundTableMeeting(today, null, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.OpenForFourWeeks }));
            Assert.That(@case.PermittedTriggers(today, Policy), Does.Not.Contain(CaseTrigger.HoldRoundTableMeeting));
            Assert.That(@case.PermittedTriggers(FourWeeks, Policy), Does.Contain(CaseTrigger.HoldRoundTableMeeting));
            Assert.That(@case.RoundTableHeldOn, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseTheRoundTableMeetingOnceTheEmployeeIsBack()
    {
        // In FirstConversation the return keeps the case open, but no absence is open any more.
        var back = new DateOnly(2026, 4, 3);
        var today = new DateOnly(2026, 4, 6);
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(back, Stamps.On(back), Policy);

        var refusal = Refusal.Of(() => @case.HoldRoundTableMeeting(today, null, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.OpenForFourWeeks }));
            Assert.That(@case.PermittedTriggers(today, Policy), Does.Not.Contain(CaseTrigger.HoldRoundTableMeeting));
        });
    }

    [Test]
    public void ShouldRefuseTheRoundTableMeetingOfAFrequentAbsenceCase()
    {
        // A frequent-absence case holds no spell, so no absence is open.
        var @case = AbsenceCase.OpenForFrequentAbsence(CaseBuilder.EmployeeId, CaseBuilder.UnitId, "3 perioder", Stamps.On(FirstDay));

        var refusal = Refusal.Of(() => @case.HoldRoundTableMeeting(FourWeeks, null, Stamps.On(FourWeeks), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.OpenForFourWeeks }));
    }

    [TestCase("2026-03-01", TestName = "A round-table meeting dated the day before the first sick day is refused")]
    [TestCase("2026-04-03", TestName = "A round-table meeting dated tomorrow is refused")]
    public void ShouldRefuseARoundTableMeetingDatedOutsideTheAbsence(string heldOn)
    {
        var today = new DateOnly(2026, 4, 2);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.HoldRoundTableMeeting(DateOnly.Parse(heldOn), null, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.HeldWithinAbsence }));
            Assert.That(@case.RoundTableHeldOn, Is.Null);
        });
    }

    private Deadline? RoundTableOf(AbsenceCase @case, DateOnly today) =>
        _policy.DeadlinesOf(@case, today).SingleOrDefault(d => d.Kind == DeadlineKind.RoundTableMeeting);
}

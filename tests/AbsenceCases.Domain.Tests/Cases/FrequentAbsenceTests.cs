using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>A case opened by the frequent-absence trigger (kind FrequentAbsence) rather than by a sick call.</summary>
public class FrequentAbsenceTests
{
    // Triggered on 2 March 2026; the conversation about frequent absence is due 2 March + 14 = 16 March.
    private const string Pattern = "3 fraværsperioder inden for 183 dage";
    private static readonly DateOnly ConversationDue = new(2026, 3, 16);

    private readonly DeadlinePolicy _policy = new(Policy);

    [Test]
    public void ShouldOpenAFrequentAbsenceCaseOnTheDayOfTheTrigger()
    {
        var @case = Triggered();

        Assert.Multiple(() =>
        {
            Assert.That(@case.Kind, Is.EqualTo(CaseKind.FrequentAbsence));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.FirstDay, Is.EqualTo(FirstDay));
            Assert.That(@case.EmployeeId, Is.EqualTo(CaseBuilder.EmployeeId));
            Assert.That(@case.UnitId, Is.EqualTo(CaseBuilder.UnitId));
            Assert.That(@case.ReportedBy, Is.EqualTo(Stamps.UserId));
            Assert.That(@case.Spells, Is.Empty);
            Assert.That(@case.HasOpenSpell, Is.False);
            Assert.That(@case.ExpectedReturn, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(1));
            Assert.That(
                @case.History.Select(h => (h.Action, h.From, h.To, h.Note)),
                Is.EqualTo(new[] { (CaseHistoryAction.FrequentAbsenceTriggered, (CaseStatus?)null, (CaseStatus?)CaseStatus.Reported, (string?)Pattern) }));
        });
    }

    [Test]
    public void ShouldDueTheFrequentAbsenceConversationTwoWeeksAfterTheTrigger()
    {
        var @case = Triggered();

        var deadlines = _policy.DeadlinesOf(@case, FirstDay);

        Assert.Multiple(() =>
        {
            Assert.That(
                deadlines.Select(d => (d.Kind, d.DueDate, d.Status)),
                Is.EqualTo(new[] { (DeadlineKind.FrequentAbsenceConversation, ConversationDue, DeadlineStatus.Upcoming) }));
            Assert.That(deadlines[0].Basis, Is.EqualTo("deadline.frequentAbsenceConversationBasis"));
        });
    }

    [Test]
    public void ShouldGiveAFrequentAbsenceCaseNoneOfTheSickCallDeadlines()
    {
        // 40 days after the trigger a sick call would have care contact, first conversation, municipality
        // notification and round-table deadlines; a frequent-absence case has only its conversation.
        var @case = Triggered();

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 4, 10));

        Assert.That(
            deadlines.Select(d => (d.Kind, d.Status)),
            Is.EqualTo(new[] { (DeadlineKind.FrequentAbsenceConversation, DeadlineStatus.Overdue) }));
    }

    [TestCase("2026-03-12", DeadlineStatus.Upcoming)]
    [TestCase("2026-03-13", DeadlineStatus.Due)]
    [TestCase("2026-03-16", DeadlineStatus.Due)]
    [TestCase("2026-03-17", DeadlineStatus.Overdue)]
    public void ShouldGiveTheFrequentAbsenceConversationItsStatusByTheLeadTime(string today, DeadlineStatus expected)
    {
        var @case = Triggered();

        var deadline = _policy.DeadlinesOf(@case, DateOnly.Parse(today)).Single();

        Assert.That(deadline.Status, Is.EqualTo(expected));
    }

    [Test]
    public void ShouldMeetTheFrequentAbsenceConversationWithTheFirstConversation()
    {
        var heldOn = new DateOnly(2026, 3, 10);
        var @case = Triggered();
        @case.HoldFirstConversation(
            new FirstConversationDetails(heldOn, ConversationForm.InPerson, null, null, default), Stamps.On(heldOn), Policy);

        var deadline = _policy.DeadlinesOf(@case, new DateOnly(2026, 3, 20)).Single();

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(deadline.Kind, Is.EqualTo(DeadlineKind.FrequentAbsenceConversation));
            Assert.That(deadline.Status, Is.EqualTo(DeadlineStatus.Met));
            Assert.That(deadline.MetOn, Is.EqualTo(heldOn));
        });
    }

    [TestCase("2026-03-16", false, TestName = "The frequent-absence conversation is dropped when the case closed on its due date")]
    [TestCase("2026-03-17", true, TestName = "The frequent-absence conversation stays overdue when the case closed the day after its due date")]
    public void ShouldDropTheFrequentAbsenceConversationOfACaseClosedByItsDueDate(string closedOn, bool stays)
    {
        var closed = DateOnly.Parse(closedOn);
        var @case = Triggered();
        @case.Close(closed, CloseReason.Other, null, Stamps.On(closed), Policy);

        var deadlines = _policy.DeadlinesOf(@case, new DateOnly(2026, 3, 20));

        Assert.That(
            deadlines.Select(d => (d.Kind, d.Status)),
            Is.EqualTo(stays ? new[] { (DeadlineKind.FrequentAbsenceConversation, DeadlineStatus.Overdue) } : []));
    }

    [Test]
    public void ShouldStartCoordinationOfAFrequentAbsenceCaseBeforeTheFirstConversationDeadline()
    {
        // A sick-call case must wait until 2 March + 28 = 30 March has passed; this kind need not.
        var startedOn = new DateOnly(2026, 3, 4);
        var @case = Triggered();

        @case.StartCoordination(startedOn, "Hyppigt fravær", Stamps.On(startedOn), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.CoordinationStartedOn, Is.EqualTo(startedOn));
            Assert.That(
                @case.History.Select(h => (h.Action, h.From, h.To)).Last(),
                Is.EqualTo((CaseHistoryAction.StartCoordination, (CaseStatus?)CaseStatus.Reported, (CaseStatus?)CaseStatus.Coordination)));
        });
    }

    [Test]
    public void ShouldStartCoordinationOfAFrequentAbsenceCaseOnTheDayOfTheTrigger()
    {
        var @case = Triggered();

        @case.StartCoordination(FirstDay, null, Stamps.On(FirstDay), Policy);

        Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
    }

    [Test]
    public void ShouldRefuseCoordinationOfAFrequentAbsenceCaseDatedBeforeTheTrigger()
    {
        var @case = Triggered();

        var refusal = Refusal.Of(() => @case.StartCoordination(DayBeforeFirstDay, null, Stamps.On(FirstDay), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.StartedWithinAbsence }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
        });
    }

    [Test]
    public void ShouldDueAWeeklyReviewOnceAFrequentAbsenceCaseIsInCoordination()
    {
        // Coordination from 4 March: review due 4 March + 7 = 11 March, before the conversation (16 March).
        var startedOn = new DateOnly(2026, 3, 4);
        var @case = Triggered();
        @case.StartCoordination(startedOn, null, Stamps.On(startedOn), Policy);

        var deadlines = _policy.DeadlinesOf(@case, startedOn);

        Assert.That(deadlines.Select(d => (d.Kind, d.DueDate)), Is.EqualTo(new[]
        {
            (DeadlineKind.CoordinationReview, new DateOnly(2026, 3, 11)),
            (DeadlineKind.FrequentAbsenceConversation, ConversationDue),
        }));
    }

    [Test]
    public void ShouldRefuseCareContactOnAFrequentAbsenceCase()
    {
        var @case = Triggered();

        var refusal = Refusal.Of(() => @case.RecordCareContact(FirstDay, null, Stamps.On(FirstDay), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.NoCareContactYet }));
            Assert.That(@case.CareContactOn, Is.Null);
        });
    }

    [Test]
    public void ShouldNeverPassTheEmployerPeriodWithoutASpell()
    {
        var @case = Triggered();

        Assert.Multiple(() =>
        {
            Assert.That(@case.PassedEmployerPeriod(new DateOnly(2026, 6, 1), Policy), Is.False);
            Assert.That(@case.PermittedTriggers(new DateOnly(2026, 3, 20), Policy), Does.Not.Contain(CaseTrigger.NotifyMunicipality));
        });
    }

    private static AbsenceCase Triggered() =>
        AbsenceCase.OpenForFrequentAbsence(CaseBuilder.EmployeeId, CaseBuilder.UnitId, Pattern, Stamps.On(FirstDay));
}

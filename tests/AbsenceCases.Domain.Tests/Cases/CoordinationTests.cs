using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class CoordinationTests
{
    // The first-conversation deadline of an absence from 2 March 2026 is 2 March + 28 = 30 March;
    // it has passed from 31 March.
    private static readonly DateOnly DeadlineDay = new(2026, 3, 30);
    private static readonly DateOnly DayAfterDeadline = new(2026, 3, 31);

    [Test]
    public void ShouldRefuseCoordinationFromReportedOnTheFirstConversationDeadline()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.StartCoordination(DeadlineDay, null, Stamps.On(DeadlineDay), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.DeadlinePassed }));
            Assert.That(@case.PermittedTriggers(DeadlineDay, Policy), Does.Not.Contain(CaseTrigger.StartCoordination));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.CoordinationStartedOn, Is.Null);
        });
    }

    [Test]
    public void ShouldStartCoordinationFromReportedTheDayAfterTheFirstConversationDeadline()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.StartCoordination(DayAfterDeadline, "Ingen samtale holdt", Stamps.On(DayAfterDeadline), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.CoordinationStartedOn, Is.EqualTo(DayAfterDeadline));
            Assert.That(@case.PermittedTriggers(DayAfterDeadline, Policy), Does.Contain(CaseTrigger.AgreePreventionPlan));
        });
    }

    [Test]
    public void ShouldJudgeTheDeadlineOnTodayNotOnTheStartDate()
    {
        // Started on 20 March (before the deadline) but registered on 31 March, when the deadline had passed.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.StartCoordination(new DateOnly(2026, 3, 20), null, Stamps.On(DayAfterDeadline), Policy);

        Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
    }

    [Test]
    public void ShouldRefuseCoordinationStartedInTheFutureAfterTheDeadline()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.StartCoordination(new DateOnly(2026, 4, 1), null, Stamps.On(DayAfterDeadline), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.StartedWithinAbsence }));
    }

    [Test]
    public void ShouldStartCoordinationAfterTheFirstConversationBeforeTheDeadline()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        var today = new DateOnly(2026, 3, 12);

        @case.StartCoordination(today, "Gentaget fravær", Stamps.On(today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.CoordinationStartedOn, Is.EqualTo(today));
        });
    }

    [Test]
    public void ShouldRefuseCoordinationStartedBeforeTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        var today = new DateOnly(2026, 3, 12);

        var refusal = Refusal.Of(() => @case.StartCoordination(DayBeforeFirstDay, null, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.StartedWithinAbsence }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
        });
    }

    [Test]
    public void ShouldRefuseCoordinationTwice()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();
        var today = new DateOnly(2026, 3, 20);

        var refusal = Refusal.Of(() => @case.StartCoordination(today, null, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.State, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(refusal.UnmetGuards, Is.Empty);
        });
    }

    [Test]
    public void ShouldMoveTheCoordinationThresholdWithTheFirstConversationSetting()
    {
        // FirstConversationDays = 21: the deadline is 2 March + 21 = 23 March; it has passed from 24 March.
        var policy = new PolicySettings { FirstConversationDays = 21 };
        var refusedOn = new DateOnly(2026, 3, 23);
        var permittedOn = new DateOnly(2026, 3, 24);
        var @case = CaseBuilder.SickCallFrom(FirstDay).UnderPolicy(policy).Build();

        var refusal = Refusal.Of(() => @case.StartCoordination(refusedOn, null, Stamps.On(refusedOn), policy));
        @case.StartCoordination(permittedOn, null, Stamps.On(permittedOn), policy);

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.DeadlinePassed }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
        });
    }
}

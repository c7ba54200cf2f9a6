using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class CloseTests
{
    private static readonly DateOnly Today = new(2026, 3, 23);

    [TestCase(CaseStatus.Reported)]
    [TestCase(CaseStatus.FirstConversation)]
    [TestCase(CaseStatus.Coordination)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldCloseFromEveryOpenState(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();

        @case.Close(Today, CloseReason.Resigned, "Sagt op", Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.ClosedOn, Is.EqualTo(Today));
            Assert.That(@case.CloseReason, Is.EqualTo(CloseReason.Resigned));
            Assert.That(@case.ReturnedOn, Is.Null);
            Assert.That(@case.History.Last().From, Is.EqualTo(state));
            Assert.That(@case.History.Last().To, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.History.Last().Action, Is.EqualTo(CaseHistoryAction.Close));
            Assert.That(@case.History.Last().Note, Is.EqualTo("Sagt op"));
        });
    }

    [Test]
    public void ShouldEndTheAbsenceOnTheClosingDayForReasonsOtherThanReturn()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();

        @case.Close(Today, CloseReason.Retired, null, Stamps.On(Today), Policy);

        Assert.That(@case.Spells.Single().LastDay, Is.EqualTo(Today));
    }

    [Test]
    public void ShouldEndTheAbsenceTheDayBeforeWhenClosedAsReturnedToWork()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();

        @case.Close(Today, CloseReason.ReturnedToWork, null, Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.ReturnedOn, Is.EqualTo(Today));
            Assert.That(@case.Spells.Single().LastDay, Is.EqualTo(new DateOnly(2026, 3, 22)));
        });
    }

    [Test]
    public void ShouldKeepTheRegisteredReturnWhenClosingAsReturnedToWorkAfterFollowUp()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 12), Stamps.On(new DateOnly(2026, 3, 12)), Policy);

        @case.Close(Today, CloseReason.ReturnedToWork, null, Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.ClosedOn, Is.EqualTo(Today));
            Assert.That(@case.ReturnedOn, Is.EqualTo(new DateOnly(2026, 3, 12)));
            Assert.That(@case.Spells.Single().LastDay, Is.EqualTo(new DateOnly(2026, 3, 11)));
        });
    }

    [Test]
    public void ShouldAcceptReturnedToWorkWithTheReturnOnTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.Close(FirstDay, CloseReason.ReturnedToWork, null, Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.ReturnedOn, Is.EqualTo(FirstDay));
        });
    }

    [Test]
    public void ShouldRefuseReturnedToWorkWithAReturnDateBeforeTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var version = @case.Version;

        var refusal = Refusal.Of(() =>
            @case.Close(DayBeforeFirstDay, CloseReason.ReturnedToWork, null, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.CloseReason, Guards.ClosedWithinAbsence }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.HasOpenSpell, Is.True);
            Assert.That(@case.ClosedOn, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldApplyTheReturnDateGuardOnlyToReturnedToWork()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() =>
            @case.Close(DayBeforeFirstDay, CloseReason.Resigned, null, Stamps.On(Today), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.ClosedWithinAbsence }));
    }

    [Test]
    public void ShouldRefuseClosingInTheFuture()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() =>
            @case.Close(Today.AddDays(1), CloseReason.Dismissed, null, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.ClosedWithinAbsence }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
        });
    }
}

using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class RegisterReturnTests
{
    [Test]
    public void ShouldCloseShortAbsenceOnReturn()
    {
        // Sick Monday 2 March, back at work Thursday 5 March: absent 2, 3 and 4 March.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var returnedOn = new DateOnly(2026, 3, 5);

        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.IsOpen, Is.False);
            Assert.That(@case.CloseReason, Is.EqualTo(CloseReason.ReturnedToWork));
            Assert.That(@case.ClosedOn, Is.EqualTo(returnedOn));
            Assert.That(@case.ReturnedOn, Is.EqualTo(returnedOn));
            Assert.That(@case.Spells.Single().LastDay, Is.EqualTo(new DateOnly(2026, 3, 4)));
            Assert.That(@case.HasOpenSpell, Is.False);
            Assert.That(@case.DaysAbsent(new DateOnly(2026, 4, 30)), Is.EqualTo(3));
        });
    }

    [Test]
    public void ShouldRefuseAReturnBeforeTheOpenAbsenceBegan()
    {
        // Back on 12 March after the first absence; sick again from 20 March; a return on 15 March is before that.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        var backOn = new DateOnly(2026, 3, 12);
        var sickAgain = new DateOnly(2026, 3, 20);
        @case.RegisterReturn(backOn, Stamps.On(backOn), Policy);
        @case.AddSpell(new SickCallDetails(sickAgain, AbsenceType.OwnIllness, 100, null, null), Stamps.On(sickAgain));

        var refusal = Refusal.Of(() => @case.RegisterReturn(new DateOnly(2026, 3, 15), Stamps.On(new DateOnly(2026, 3, 22)), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.ReturnedWithinAbsence }));
            Assert.That(@case.Spells.Single(s => s.FirstDay == sickAgain).LastDay, Is.Null);
            Assert.That(@case.ReturnedOn, Is.Null);
        });
    }

    [Test]
    public void ShouldRecordTheReturnThatClosedTheCaseAsATransitionToClosed()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var returnedOn = new DateOnly(2026, 3, 5);

        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        var row = @case.History.Last();
        Assert.Multiple(() =>
        {
            Assert.That(row.Action, Is.EqualTo(CaseHistoryAction.RegisterReturn));
            Assert.That(row.From, Is.EqualTo(CaseStatus.Reported));
            Assert.That(row.To, Is.EqualTo(CaseStatus.Closed));
        });
    }

    [Test]
    public void ShouldAcceptAReturnOnTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.RegisterReturn(FirstDay, Stamps.On(FirstDay), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.ClosedOn, Is.EqualTo(FirstDay));
        });
    }

    [TestCase(CaseStatus.FirstConversation)]
    [TestCase(CaseStatus.Coordination)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldKeepTheCaseOpenOnReturnAfterTheFirstConversation(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();
        var returnedOn = new DateOnly(2026, 3, 23);

        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(state));
            Assert.That(@case.IsOpen, Is.True);
            Assert.That(@case.ReturnedOn, Is.EqualTo(returnedOn));
            Assert.That(@case.Spells.Single().LastDay, Is.EqualTo(new DateOnly(2026, 3, 22)));
            Assert.That(@case.ClosedOn, Is.Null);
            Assert.That(@case.CloseReason, Is.Null);
            Assert.That(@case.History.Last().From, Is.EqualTo(state));
            Assert.That(@case.History.Last().To, Is.EqualTo(state));
            Assert.That(@case.History.Last().Action, Is.EqualTo(CaseHistoryAction.RegisterReturn));
        });
    }

    [Test]
    public void ShouldRefuseASecondReturnWhenNoAbsenceIsOpen()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        var today = new DateOnly(2026, 3, 13);
        @case.RegisterReturn(new DateOnly(2026, 3, 12), Stamps.On(today), Policy);
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.RegisterReturn(today, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.AbsenceOpen }));
            Assert.That(@case.PermittedTriggers(today, Policy), Does.Not.Contain(CaseTrigger.RegisterReturn));
            Assert.That(@case.ReturnedOn, Is.EqualTo(new DateOnly(2026, 3, 12)));
            Assert.That(@case.Spells.Single().LastDay, Is.EqualTo(new DateOnly(2026, 3, 11)));
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseAReturnBeforeTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var today = new DateOnly(2026, 3, 5);

        var refusal = Refusal.Of(() => @case.RegisterReturn(DayBeforeFirstDay, Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.ReturnedWithinAbsence }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.HasOpenSpell, Is.True);
            Assert.That(@case.ReturnedOn, Is.Null);
        });
    }

    [Test]
    public void ShouldRefuseAReturnInTheFuture()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var today = new DateOnly(2026, 3, 5);

        var refusal = Refusal.Of(() => @case.RegisterReturn(today.AddDays(1), Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.ReturnedWithinAbsence }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
        });
    }
}

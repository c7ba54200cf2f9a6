using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>A gradual return (delvis raskmelding) goes on with the absence at a lower percent from a day.</summary>
public class GradualReturnTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    [Test]
    public void ShouldEndEachOpenSpellTheDayBeforeAndGoOnAtTheNewPercentOfItsType()
    {
        // Own illness from Monday 2 March and the child's illness from Monday 9 March; half time from Monday 16 March.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        var childIll = new DateOnly(2026, 3, 9);
        @case.AddSpell(new SickCallDetails(childIll, AbsenceType.ChildIllness, 100, null, null), Stamps.On(childIll));
        var from = new DateOnly(2026, 3, 16);

        @case.RegisterGradualReturn(from, 50, Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Spells.Select(s => (s.Type, s.FirstDay, s.LastDay, s.Percent)), Is.EquivalentTo(new (AbsenceType, DateOnly, DateOnly?, int)[]
            {
                (AbsenceType.OwnIllness, FirstDay, new DateOnly(2026, 3, 15), 100),
                (AbsenceType.ChildIllness, childIll, new DateOnly(2026, 3, 15), 100),
                (AbsenceType.OwnIllness, from, null, 50),
                (AbsenceType.ChildIllness, from, null, 50),
            }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(@case.DaysAbsent(Today), Is.EqualTo(19), "the episode goes on from its first day");
            var last = @case.History.Last();
            Assert.That((last.Action, last.From, last.To), Is.EqualTo(
                (CaseHistoryAction.RegisterGradualReturn, (CaseStatus?)CaseStatus.FirstConversation, (CaseStatus?)CaseStatus.FirstConversation)));
        });
    }

    [TestCase("2026-03-02", TestName = "the first day of the open spell")]
    [TestCase("2026-03-01", TestName = "the day before the first sick day")]
    [TestCase("2026-03-21", TestName = "tomorrow")]
    public void ShouldRefuseAStepThatLeavesTheOpenSpellNoDayOrLiesAhead(string from)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.RegisterGradualReturn(DateOnly.Parse(from), 50, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.GradualReturnWithinAbsence }));
            Assert.That(@case.Spells.Single().IsOpen, Is.True);
        });
    }

    [Test]
    public void ShouldRefuseAStepOnceTheEmployeeIsBack()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 16), Stamps.On(Today), Policy);

        var refusal = Refusal.Of(() => @case.RegisterGradualReturn(new DateOnly(2026, 3, 18), 50, Stamps.On(Today), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.AbsenceOpen }));
    }
}

using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class SpellTests
{
    [Test]
    public void ShouldAddANewSickCallToTheOpenCaseAfterAReturn()
    {
        // Back at work 12 March (absent until 11 March), sick again from 16 March while the case is still followed up.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 12), Stamps.On(new DateOnly(2026, 3, 12)), Policy);
        var version = @case.Version;
        var sickAgain = new DateOnly(2026, 3, 16);

        @case.AddSpell(
            new SickCallDetails(sickAgain, AbsenceType.OwnIllness, 60, new DateOnly(2026, 3, 30), "Syg igen"), Stamps.On(sickAgain));

        var added = @case.Spells.Single(s => s.FirstDay == sickAgain);
        Assert.Multiple(() =>
        {
            Assert.That(@case.Spells, Has.Count.EqualTo(2));
            Assert.That(added.LastDay, Is.Null);
            Assert.That(added.Percent, Is.EqualTo(60));
            Assert.That(added.CaseId, Is.EqualTo(@case.Id));
            Assert.That(added.EmployeeId, Is.EqualTo(CaseBuilder.EmployeeId));
            Assert.That(@case.HasOpenSpell, Is.True);
            Assert.That(@case.ReturnedOn, Is.Null);
            Assert.That(@case.ExpectedReturn, Is.EqualTo(new DateOnly(2026, 3, 30)));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(@case.Version, Is.EqualTo(version + 1));
        });
        var row = @case.History.Last();
        Assert.Multiple(() =>
        {
            Assert.That(row.Action, Is.EqualTo(CaseHistoryAction.SpellAdded));
            Assert.That(row.From, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(row.To, Is.EqualTo(CaseStatus.FirstConversation));
            Assert.That(row.Note, Is.EqualTo("Syg igen"));
        });
    }

    [Test]
    public void ShouldPermitAReturnAgainAfterANewSpell()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 12), Stamps.On(new DateOnly(2026, 3, 12)), Policy);
        @case.AddSpell(new SickCallDetails(new DateOnly(2026, 3, 16), AbsenceType.OwnIllness, 100, null, null), Stamps.On(new DateOnly(2026, 3, 16)));

        Assert.That(@case.PermittedTriggers(new DateOnly(2026, 3, 17), Policy), Does.Contain(CaseTrigger.RegisterReturn));
    }

    [Test]
    public void ShouldRefuseASpellOfTheSameTypeWhileOneIsOpen()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var version = @case.Version;

        var refusal = Refusal.ByRule(() => @case.AddSpell(
            new SickCallDetails(new DateOnly(2026, 3, 5), AbsenceType.OwnIllness, 100, null, null), Stamps.On(new DateOnly(2026, 3, 5))));
        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo("case.alreadyAbsent"));
            Assert.That(refusal.Args, Is.EquivalentTo(new Dictionary<string, object>
            {
                ["type"] = AbsenceType.OwnIllness,
                ["from"] = new DateOnly(2026, 3, 5),
            }));
            Assert.That(@case.Spells, Has.Count.EqualTo(1));
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseASpellStartingOnTheLastDayOfTheEndedOne()
    {
        // The first spell ended on 11 March; a spell from 11 March would overlap it.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 12), Stamps.On(new DateOnly(2026, 3, 12)), Policy);

        var refusal = Refusal.ByRule(() => @case.AddSpell(
            new SickCallDetails(new DateOnly(2026, 3, 11), AbsenceType.OwnIllness, 100, null, null), Stamps.On(new DateOnly(2026, 3, 13))));
        Assert.That(refusal.Code, Is.EqualTo("case.alreadyAbsent"));
        Assert.That(@case.Spells, Has.Count.EqualTo(1));
    }

    [Test]
    public void ShouldAddASpellStartingTheDayAfterTheEndedOne()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 12), Stamps.On(new DateOnly(2026, 3, 12)), Policy);

        @case.AddSpell(new SickCallDetails(new DateOnly(2026, 3, 12), AbsenceType.OwnIllness, 100, null, null), Stamps.On(new DateOnly(2026, 3, 13)));

        Assert.That(@case.Spells, Has.Count.EqualTo(2));
    }

    [Test]
    public void ShouldCountCalendarDaysAbsentWithTheOpenSpellRunningToToday()
    {
        // 2 March to 10 March, both included: 9 days.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        Assert.Multiple(() =>
        {
            Assert.That(@case.DaysAbsent(new DateOnly(2026, 3, 10)), Is.EqualTo(9));
            Assert.That(@case.DaysAbsent(FirstDay), Is.EqualTo(1));
            Assert.That(@case.AbsentUntil(new DateOnly(2026, 3, 10)), Is.EqualTo(new DateOnly(2026, 3, 10)));
        });
    }

    [Test]
    public void ShouldCountDaysAbsentAcrossAMonthEnd()
    {
        // 30 and 31 January, 1 and 2 February: 4 days.
        var @case = CaseBuilder.SickCallFrom(new DateOnly(2026, 1, 30)).Build();

        Assert.That(@case.DaysAbsent(new DateOnly(2026, 2, 2)), Is.EqualTo(4));
    }

    [Test]
    public void ShouldStopCountingDaysAbsentAtTheLastDayOfAnEndedAbsence()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 12), Stamps.On(new DateOnly(2026, 3, 12)), Policy);

        // 2 March to 11 March: 10 days, whatever today is.
        Assert.That(@case.DaysAbsent(new DateOnly(2026, 6, 1)), Is.EqualTo(10));
    }

    [Test]
    public void ShouldCountDaysAbsentFromTheFirstDayToTheRelapseAfterReopening()
    {
        // Absent 2–4 March, closed 5 March, reopened 20 March: 2 March to 25 March is 24 days.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(new DateOnly(2026, 3, 5), Stamps.On(new DateOnly(2026, 3, 5)), Policy);
        @case.Reopen(new DateOnly(2026, 3, 20), Stamps.On(new DateOnly(2026, 3, 20)), Policy);

        Assert.That(@case.DaysAbsent(new DateOnly(2026, 3, 25)), Is.EqualTo(24));
    }
}

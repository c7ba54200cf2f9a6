using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Calendar;
using AbsenceCases.Domain.Employees;

namespace AbsenceCases.Domain.Tests.Absences;

/// <summary>
/// The frequent-absence trigger on Monday 16 March 2026 with the default policy: 3 periods starting within the
/// last 183 days (from 15 September 2025) or 15 working days within the last 365 days (from 17 March 2025).
/// </summary>
public class AbsencePatternTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);
    private static readonly PolicySettings Policy = new();

    [Test]
    public void ShouldTriggerOnTheThirdPeriodStartingOnTheFirstDayOfTheWindow()
    {
        var pattern = Pattern(OneDay(2025, 9, 15), OneDay(2025, 11, 3), OneDay(2026, 1, 12));

        Assert.That((pattern.RecentPeriods, pattern.IsFrequent), Is.EqualTo((3, true)));
    }

    [Test]
    public void ShouldNotCountAPeriodThatStartedTheDayBeforeTheWindow()
    {
        // Friday 12 September 2025 is before 15 September; three working days in all stay below 15.
        var pattern = Pattern(OneDay(2025, 9, 12), OneDay(2025, 11, 3), OneDay(2026, 1, 12));

        Assert.That((pattern.RecentPeriods, pattern.WorkingDaysInYear, pattern.IsFrequent), Is.EqualTo((2, 3, false)));
    }

    [Test]
    public void ShouldJoinSpellsOfOneTypeThatFollowEachOtherIntoOnePeriod()
    {
        var pattern = Pattern(
            Spell(AbsenceType.OwnIllness, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 13)),
            Spell(AbsenceType.OwnIllness, new DateOnly(2026, 1, 14), new DateOnly(2026, 1, 14)),
            OneDay(2026, 2, 2));

        Assert.That(pattern.RecentPeriods, Is.EqualTo(2));
    }

    [Test]
    public void ShouldKeepAdjacentSpellsOfDifferentTypesApart()
    {
        var pattern = Pattern(
            Spell(AbsenceType.OwnIllness, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 13)),
            Spell(AbsenceType.WorkInjury, new DateOnly(2026, 1, 14), new DateOnly(2026, 1, 14)),
            OneDay(2026, 2, 2));

        Assert.That((pattern.RecentPeriods, pattern.IsFrequent), Is.EqualTo((3, true)));
    }

    [Test]
    public void ShouldLeaveChildIllnessOut()
    {
        var pattern = Pattern(
            Spell(AbsenceType.ChildIllness, new DateOnly(2025, 10, 6), new DateOnly(2025, 10, 6)),
            Spell(AbsenceType.ChildIllness, new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 3)),
            Spell(AbsenceType.ChildIllness, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 12)));

        Assert.That((pattern.RecentPeriods, pattern.WorkingDaysInYear, pattern.IsFrequent), Is.EqualTo((0, 0, false)));
    }

    [Test]
    public void ShouldLeaveOutSpellsStartingWhileASection56AgreementIsValid()
    {
        var agreement = new Section56Agreement(1, new DateOnly(2025, 10, 1), Policy.Section56ValidityYears);

        var pattern = AbsencePattern.Of([OneDay(2025, 9, 15), OneDay(2025, 11, 3), OneDay(2026, 1, 12)], [agreement], Today, Policy, WorkingDayCalendar.Danish);

        Assert.That((pattern.RecentPeriods, pattern.IsFrequent), Is.EqualTo((1, false)));
    }

    [Test]
    public void ShouldCountSpellsAgainOnceTheAgreementHasEnded()
    {
        var agreement = new Section56Agreement(1, new DateOnly(2025, 10, 1), Policy.Section56ValidityYears);
        agreement.End(new DateOnly(2025, 12, 31));

        var pattern = AbsencePattern.Of([OneDay(2025, 9, 15), OneDay(2025, 11, 3), OneDay(2026, 1, 12)], [agreement], Today, Policy, WorkingDayCalendar.Danish);

        Assert.That(pattern.RecentPeriods, Is.EqualTo(2));
    }

    [Test]
    public void ShouldTriggerOnFifteenWorkingDaysInAYear()
    {
        // Monday 2 to Friday 20 February 2026: three weeks without holidays, 15 working days.
        var pattern = Pattern(Spell(AbsenceType.OwnIllness, new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 20)));

        Assert.That((pattern.RecentPeriods, pattern.WorkingDaysInYear, pattern.IsFrequent), Is.EqualTo((1, 15, true)));
    }

    [Test]
    public void ShouldNotTriggerOnFourteenWorkingDays()
    {
        var pattern = Pattern(Spell(AbsenceType.OwnIllness, new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 19)));

        Assert.That((pattern.WorkingDaysInYear, pattern.IsFrequent), Is.EqualTo((14, false)));
    }

    [Test]
    public void ShouldCountOnlyTheWorkingDaysInsideTheYear()
    {
        // 10 to 21 March 2025; the year starts on Monday 17 March: 17–21 March are 5 working days.
        var pattern = Pattern(Spell(AbsenceType.OwnIllness, new DateOnly(2025, 3, 10), new DateOnly(2025, 3, 21)));

        Assert.That((pattern.WorkingDaysInYear, pattern.PeriodsInYear), Is.EqualTo((5, 0)));
    }

    [Test]
    public void ShouldCountAnOpenSpellUpToToday()
    {
        // Open since Monday 9 March 2026: 9–13 March and Monday 16 March are 6 working days.
        var pattern = Pattern(Spell(AbsenceType.OwnIllness, new DateOnly(2026, 3, 9), null));

        Assert.That(pattern.WorkingDaysInYear, Is.EqualTo(6));
    }

    [Test]
    public void ShouldWorkOutTheBradfordFactor()
    {
        // Two periods in the year, of 2 and 3 working days: S = 2, D = 5, S² × D = 20.
        var pattern = Pattern(
            Spell(AbsenceType.OwnIllness, new DateOnly(2025, 6, 2), new DateOnly(2025, 6, 3)),
            Spell(AbsenceType.OwnIllness, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 14)));

        Assert.That((pattern.PeriodsInYear, pattern.WorkingDaysOfThosePeriods, pattern.BradfordFactor), Is.EqualTo((2, 5, 20)));
    }

    [Test]
    public void ShouldMakeASection56AgreementValidForTwoYears()
    {
        var agreement = new Section56Agreement(1, new DateOnly(2026, 3, 1), Policy.Section56ValidityYears);

        Assert.That((agreement.ValidTo, agreement.Covers(new DateOnly(2028, 2, 29)), agreement.Covers(new DateOnly(2028, 3, 1))),
            Is.EqualTo((new DateOnly(2028, 2, 29), true, false)));
    }

    [Test]
    public void ShouldRefuseToEndAnAgreementOutsideItsTime()
    {
        var agreement = new Section56Agreement(1, new DateOnly(2026, 3, 1), Policy.Section56ValidityYears);

        var refusal = Refusal.ByRule(() => agreement.End(new DateOnly(2026, 2, 28)));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Code, Is.EqualTo("section56.endsOutsideAgreement"));
            Assert.That(refusal.Args, Is.EquivalentTo(new Dictionary<string, object>
            {
                ["from"] = new DateOnly(2026, 3, 1),
                ["to"] = new DateOnly(2028, 2, 29),
            }));
        });
    }

    private static AbsencePattern Pattern(params AbsenceSpell[] spells) =>
        AbsencePattern.Of(spells, [], Today, Policy, WorkingDayCalendar.Danish);

    private static AbsenceSpell OneDay(int year, int month, int day) =>
        Spell(AbsenceType.OwnIllness, new DateOnly(year, month, day), new DateOnly(year, month, day));

    private static AbsenceSpell Spell(AbsenceType type, DateOnly first, DateOnly? last) => new(1, type, 100, first, last);
}

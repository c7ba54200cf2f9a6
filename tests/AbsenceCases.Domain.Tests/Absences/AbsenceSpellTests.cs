namespace AbsenceCases.Domain.Tests.Absences;

public class AbsenceSpellTests
{
    // A spell from 10 to 12 March 2026.
    private static AbsenceSpell EndedSpell() =>
        new(42, AbsenceType.OwnIllness, 100, new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 12));

    [TestCase("2026-03-01", "2026-03-09", false, TestName = "A period ending the day before does not overlap")]
    [TestCase("2026-03-01", "2026-03-10", true, TestName = "A period ending on the first day overlaps")]
    [TestCase("2026-03-11", "2026-03-11", true, TestName = "A period inside overlaps")]
    [TestCase("2026-03-12", "2026-03-20", true, TestName = "A period starting on the last day overlaps")]
    [TestCase("2026-03-13", "2026-03-20", false, TestName = "A period starting the day after does not overlap")]
    public void ShouldJudgeOverlapWithBothEndsIncluded(string firstDay, string lastDay, bool overlaps)
    {
        var spell = EndedSpell();

        Assert.That(spell.Overlaps(DateOnly.Parse(firstDay), DateOnly.Parse(lastDay)), Is.EqualTo(overlaps));
    }

    [Test]
    public void ShouldTreatAnOpenPeriodAsRunningOn()
    {
        var spell = EndedSpell();

        Assert.Multiple(() =>
        {
            Assert.That(spell.Overlaps(new DateOnly(2026, 3, 1), null), Is.True);
            Assert.That(spell.Overlaps(new DateOnly(2026, 3, 13), null), Is.False);
        });
    }

    [Test]
    public void ShouldLetAnOpenSpellOverlapEverythingFromItsFirstDay()
    {
        var spell = new AbsenceSpell(42, AbsenceType.OwnIllness, 100, new DateOnly(2026, 3, 10), null);

        Assert.Multiple(() =>
        {
            Assert.That(spell.IsOpen, Is.True);
            Assert.That(spell.Overlaps(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 2)), Is.True);
            Assert.That(spell.Overlaps(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 9)), Is.False);
        });
    }

    [Test]
    public void ShouldRunAnOpenSpellToTheGivenDay()
    {
        var open = new AbsenceSpell(42, AbsenceType.OwnIllness, 100, new DateOnly(2026, 3, 10), null);
        var ended = EndedSpell();

        Assert.Multiple(() =>
        {
            Assert.That(open.LastDayOr(new DateOnly(2026, 3, 15)), Is.EqualTo(new DateOnly(2026, 3, 15)));
            Assert.That(ended.LastDayOr(new DateOnly(2026, 3, 15)), Is.EqualTo(new DateOnly(2026, 3, 12)));
            Assert.That(ended.IsOpen, Is.False);
        });
    }

    [Test]
    public void ShouldMatchAndUpdatePercentAndLastDay()
    {
        var spell = EndedSpell();

        var matchedBefore = spell.Matches(100, new DateOnly(2026, 3, 12));
        spell.Update(50, null);

        Assert.Multiple(() =>
        {
            Assert.That(matchedBefore, Is.True);
            Assert.That(spell.Matches(100, new DateOnly(2026, 3, 12)), Is.False);
            Assert.That(spell.Matches(50, null), Is.True);
            Assert.That(spell.IsOpen, Is.True);
        });
    }
}

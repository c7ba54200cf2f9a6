using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class ReportSickCallTests
{
    [Test]
    public void ShouldOpenACaseInReportedWithOneOpenSpell()
    {
        var stamp = Stamps.On(FirstDay);

        var @case = AbsenceCase.ReportSickCall(
            42, 7, new SickCallDetails(FirstDay, AbsenceType.WorkInjury, 50, new DateOnly(2026, 3, 9), "Ringede kl. 7"), stamp);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.Kind, Is.EqualTo(CaseKind.SickCall));
            Assert.That(@case.IsOpen, Is.True);
            Assert.That(@case.EmployeeId, Is.EqualTo(42));
            Assert.That(@case.UnitId, Is.EqualTo(7));
            Assert.That(@case.FirstDay, Is.EqualTo(FirstDay));
            Assert.That(@case.ExpectedReturn, Is.EqualTo(new DateOnly(2026, 3, 9)));
            Assert.That(@case.ReportedAt, Is.EqualTo(stamp.At));
            Assert.That(@case.ReportedBy, Is.EqualTo(Stamps.UserId));
            Assert.That(@case.Version, Is.EqualTo(1));
            Assert.That(@case.HasOpenSpell, Is.True);
            Assert.That(@case.ClosedOn, Is.Null);
            Assert.That(@case.CareContactOn, Is.Null);
        });

        var spell = @case.Spells.Single();
        Assert.Multiple(() =>
        {
            Assert.That(spell.EmployeeId, Is.EqualTo(42));
            Assert.That(spell.CaseId, Is.EqualTo(@case.Id));
            Assert.That(spell.Type, Is.EqualTo(AbsenceType.WorkInjury));
            Assert.That(spell.Percent, Is.EqualTo(50));
            Assert.That(spell.FirstDay, Is.EqualTo(FirstDay));
            Assert.That(spell.LastDay, Is.Null);
        });
    }

    [Test]
    public void ShouldWriteTheSickCallAsTheFirstHistoryRow()
    {
        var stamp = Stamps.By("leader-9", "Lis Leder", FirstDay);

        var @case = AbsenceCase.ReportSickCall(
            42, 7, new SickCallDetails(FirstDay, AbsenceType.OwnIllness, 100, null, "Ringede kl. 7"), stamp);

        var row = @case.History.Single();
        Assert.Multiple(() =>
        {
            Assert.That(row.Action, Is.EqualTo(CaseHistoryAction.SickCallRegistered));
            Assert.That(row.From, Is.Null);
            Assert.That(row.To, Is.EqualTo(CaseStatus.Reported));
            Assert.That(row.ByUserId, Is.EqualTo("leader-9"));
            Assert.That(row.ByName, Is.EqualTo("Lis Leder"));
            Assert.That(row.At, Is.EqualTo(stamp.At));
            Assert.That(row.Note, Is.EqualTo("Ringede kl. 7"));
        });
    }
}

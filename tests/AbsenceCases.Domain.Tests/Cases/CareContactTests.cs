using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class CareContactTests
{
    private static readonly DateOnly Today = new(2026, 3, 4);

    [Test]
    public void ShouldRecordCareContactAndKeepTheState()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.RecordCareContact(Today, "Talt med medarbejderen", Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.CareContactOn, Is.EqualTo(Today));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Reported));
            Assert.That(@case.HasOpenSpell, Is.True);
        });
    }

    [Test]
    public void ShouldRecordCareContactOnTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        @case.RecordCareContact(FirstDay, null, Stamps.On(Today), Policy);

        Assert.That(@case.CareContactOn, Is.EqualTo(FirstDay));
    }

    [TestCase(CaseStatus.FirstConversation)]
    [TestCase(CaseStatus.Coordination)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldRecordLateCareContactInEveryLaterOpenState(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();
        var today = new DateOnly(2026, 3, 20);

        @case.RecordCareContact(today, null, Stamps.On(today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.CareContactOn, Is.EqualTo(today));
            Assert.That(@case.Status, Is.EqualTo(state));
        });
    }

    [Test]
    public void ShouldRefuseASecondCareContact()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.RecordCareContact(Today, null, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.NoCareContactYet }));
            Assert.That(@case.PermittedTriggers(Today, Policy), Does.Not.Contain(CaseTrigger.RecordCareContact));
            Assert.That(@case.CareContactOn, Is.EqualTo(new DateOnly(2026, 3, 3)));
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseCareContactBeforeTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.RecordCareContact(DayBeforeFirstDay, null, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.CareContactWithinAbsence }));
            Assert.That(@case.CareContactOn, Is.Null);
        });
    }

    [Test]
    public void ShouldRefuseCareContactInTheFuture()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var refusal = Refusal.Of(() => @case.RecordCareContact(Today.AddDays(1), null, Stamps.On(Today), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.CareContactWithinAbsence }));
    }
}

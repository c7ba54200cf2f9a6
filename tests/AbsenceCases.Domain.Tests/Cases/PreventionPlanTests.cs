using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class PreventionPlanTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);
    private static readonly DateOnly FollowUpOn = new(2026, 4, 13);

    private static IEnumerable<TestCaseData> IncompleteMeasures()
    {
        yield return new TestCaseData(new MeasureDraft("Kortere arbejdsdage", null, "Kim Koordinator", null))
            .SetArgDisplayNames("no follow-up date");
        yield return new TestCaseData(new MeasureDraft("Kortere arbejdsdage", null, "  ", FollowUpOn))
            .SetArgDisplayNames("no responsible person");
        yield return new TestCaseData(new MeasureDraft(" ", null, "Kim Koordinator", FollowUpOn))
            .SetArgDisplayNames("no description");
    }

    [Test]
    public void ShouldAgreePreventionPlanWithACompleteMeasure()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();
        var measure = new MeasureDraft("Kortere arbejdsdage", "coordinator-7", "Kim Koordinator", FollowUpOn);

        @case.AgreePreventionPlan(Plans.Proposal(Today, measure), Stamps.On(Today), Policy);

        Assert.Multiple(() =>
        {
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.PreventionPlan));
            Assert.That(@case.PreventionPlan?.AgreedOn, Is.EqualTo(Today));
        });
        var stored = @case.PreventionPlan!.Measures.Single();
        Assert.Multiple(() =>
        {
            Assert.That(stored.Description, Is.EqualTo("Kortere arbejdsdage"));
            Assert.That(stored.ResponsibleUserId, Is.EqualTo("coordinator-7"));
            Assert.That(stored.Responsible, Is.EqualTo("Kim Koordinator"));
            Assert.That(stored.FollowUpOn, Is.EqualTo(FollowUpOn));
            Assert.That(stored.Status, Is.EqualTo(MeasureStatus.Planned));
        });
    }

    [Test]
    public void ShouldRefusePreventionPlanWithoutMeasures()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();

        var refusal = Refusal.Of(() => @case.AgreePreventionPlan(Plans.Proposal(Today), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.CompleteMeasure }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.PreventionPlan, Is.Null);
        });
    }

    [TestCaseSource(nameof(IncompleteMeasures))]
    public void ShouldNotChangeTheCaseWhenOneProposedMeasureIsIncomplete(MeasureDraft incomplete)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();
        var version = @case.Version;
        var proposal = Plans.Proposal(Today, Plans.CompleteMeasure(Today.AddDays(14)), incomplete);

        var refusal = Refusal.Of(() => @case.AgreePreventionPlan(proposal, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.CompleteMeasure }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.PreventionPlan, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [TestCaseSource(nameof(IncompleteMeasures))]
    public void ShouldRefusePreventionPlanWithNoCompleteMeasure(MeasureDraft incomplete)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.AgreePreventionPlan(Plans.Proposal(Today, incomplete), Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.CompleteMeasure }));
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Coordination));
            Assert.That(@case.PreventionPlan, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefusePreventionPlanAgreedInTheFuture()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();

        var refusal = Refusal.Of(() => @case.AgreePreventionPlan(
            Plans.Proposal(Today.AddDays(1), Plans.CompleteMeasure(FollowUpOn)), Stamps.On(Today), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.AgreedWithinAbsence }));
    }

    [Test]
    public void ShouldRefusePreventionPlanAgreedBeforeTheFirstSickDay()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();

        var refusal = Refusal.Of(() => @case.AgreePreventionPlan(
            Plans.Proposal(DayBeforeFirstDay, Plans.CompleteMeasure(FollowUpOn)), Stamps.On(Today), Policy));

        Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.AgreedWithinAbsence }));
    }

    [TestCase(CaseStatus.Reported)]
    [TestCase(CaseStatus.FirstConversation)]
    [TestCase(CaseStatus.PreventionPlan)]
    public void ShouldRefusePreventionPlanOutsideCoordination(CaseStatus state)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(state).Build();
        var today = new DateOnly(2026, 3, 20);

        var refusal = Refusal.Of(() => @case.AgreePreventionPlan(
            Plans.Proposal(today, Plans.CompleteMeasure(FollowUpOn)), Stamps.On(today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.UnmetGuards, Is.Empty);
            Assert.That(@case.Status, Is.EqualTo(state));
        });
    }
}

using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class PermittedTriggersTests
{
    [Test]
    public void ShouldPermitTheFirstStepsOfAFreshSickCall()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 3), Policy);

        Assert.That(permitted, Is.EquivalentTo(new[]
        {
            CaseTrigger.RecordCareContact, CaseTrigger.HoldFirstConversation, CaseTrigger.RegisterReturn, CaseTrigger.Close,
        }));
    }

    [Test]
    public void ShouldPermitCoordinationFromReportedOnceTheDeadlineHasPassed()
    {
        // Care contact recorded; 31 March is the day after the deadline of 30 March.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 31), Policy);

        Assert.That(permitted, Is.EquivalentTo(new[]
        {
            CaseTrigger.HoldFirstConversation, CaseTrigger.StartCoordination, CaseTrigger.RegisterReturn, CaseTrigger.Close,
        }));
    }

    [Test]
    public void ShouldPermitCoordinationAfterTheFirstConversation()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 12), Policy);

        Assert.That(permitted, Is.EquivalentTo(new[]
        {
            CaseTrigger.RecordCareContact, CaseTrigger.StartCoordination, CaseTrigger.RegisterReturn, CaseTrigger.Close,
        }));
    }

    [Test]
    public void ShouldPermitAPreventionPlanInCoordination()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 16), Policy);

        Assert.That(permitted, Is.EquivalentTo(new[]
        {
            CaseTrigger.RecordCareContact, CaseTrigger.AgreePreventionPlan, CaseTrigger.RegisterReturn, CaseTrigger.Close,
        }));
    }

    [Test]
    public void ShouldPermitReturnAndClosingWithAPreventionPlan()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.PreventionPlan).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 20), Policy);

        Assert.That(permitted, Is.EquivalentTo(new[] { CaseTrigger.RegisterReturn, CaseTrigger.Close }));
    }

    [Test]
    public void ShouldPermitOnlyClosingOnceTheEmployeeHasReturnedAndBeenContacted()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.PreventionPlan).Build();
        var today = new DateOnly(2026, 3, 23);
        @case.RegisterReturn(today, Stamps.On(today), Policy);

        var permitted = @case.PermittedTriggers(today, Policy);

        Assert.That(permitted, Is.EqualTo(new[] { CaseTrigger.Close }));
    }

    [Test]
    public void ShouldPermitOnlyReopeningOfAClosedCase()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ClosedOn(new DateOnly(2026, 3, 10), CloseReason.Other).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 12), Policy);

        Assert.That(permitted, Is.EqualTo(new[] { CaseTrigger.Reopen }));
    }
}

using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class PermittedTriggersTests
{
    /// <summary>What every open case allows until it is recorded: a possibility statement, documentation, the employee's § 7b request.</summary>
    private static readonly CaseTrigger[] OpenCaseRecords =
        [CaseTrigger.RequestPossibilityStatement, CaseTrigger.RequestDocumentation, CaseTrigger.RecordRetentionPlanRequest];

    [Test]
    public void ShouldPermitTheFirstStepsOfAFreshSickCall()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 3), Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])
        [
            CaseTrigger.RecordCareContact, CaseTrigger.HoldFirstConversation, CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn, CaseTrigger.Close,
            .. OpenCaseRecords,
        ]));
    }

    [Test]
    public void ShouldPermitCoordinationFromReportedOnceTheDeadlineHasPassed()
    {
        // Care contact recorded; 31 March is the day after the deadline of 30 March. The absence, open for
        // 4 weeks (from 2 March + 28 = 30 March), also permits the round-table meeting; it has not yet passed the
        // employer period (that takes an absence on 2 March + 30 = 1 April).
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3)).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 31), Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])
        [
            CaseTrigger.HoldRoundTableMeeting, CaseTrigger.HoldFirstConversation, CaseTrigger.StartCoordination,
            CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn, CaseTrigger.Close,
            .. OpenCaseRecords,
        ]));
    }

    [Test]
    public void ShouldPermitCoordinationAfterTheFirstConversation()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.FirstConversation).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 12), Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])
        [
            CaseTrigger.RecordCareContact, CaseTrigger.StartCoordination, CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn, CaseTrigger.Close,
            .. OpenCaseRecords,
        ]));
    }

    [Test]
    public void ShouldPermitAPreventionPlanInCoordination()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WalkedTo(CaseStatus.Coordination).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 16), Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])
        [
            CaseTrigger.RecordCareContact, CaseTrigger.AgreePreventionPlan, CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn, CaseTrigger.Close,
            .. OpenCaseRecords,
        ]));
    }

    [Test]
    public void ShouldPermitReturnAndClosingWithAPreventionPlan()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.PreventionPlan).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 20), Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])[CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn, CaseTrigger.Close, .. OpenCaseRecords]));
    }

    [Test]
    public void ShouldPermitClosingAndTheOpenCaseRecordsOnceTheEmployeeHasReturnedAndBeenContacted()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.PreventionPlan).Build();
        var today = new DateOnly(2026, 3, 23);
        @case.RegisterReturn(today, Stamps.On(today), Policy);

        var permitted = @case.PermittedTriggers(today, Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])[CaseTrigger.Close, .. OpenCaseRecords]));
    }

    [Test]
    public void ShouldPermitOnlyReopeningOfAClosedCase()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).ClosedOn(new DateOnly(2026, 3, 10), CloseReason.Other).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 12), Policy);

        Assert.That(permitted, Is.EqualTo(new[] { CaseTrigger.Reopen }));
    }

    [Test]
    public void ShouldPermitFastTrackAndARetentionPlanWhenTheReturnIsExpectedAfterEightWeeks()
    {
        // Expected back on 28 April = 2 March + 57, later than 8 weeks (2 March + 56 = 27 April).
        var @case = CaseBuilder.SickCallFrom(FirstDay).ExpectingReturnOn(new DateOnly(2026, 4, 28)).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 3, 3), Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])
        [
            CaseTrigger.RecordCareContact, CaseTrigger.RequestFastTrack, CaseTrigger.MakeRetentionPlan,
            CaseTrigger.HoldFirstConversation, CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn, CaseTrigger.Close,
            .. OpenCaseRecords,
        ]));
    }

    [Test]
    public void ShouldPermitTheMunicipalityNotificationOnceTheAbsencePassedTheEmployerPeriod()
    {
        // 1 April = 2 March + 30, the first day after the 30-day employer period.
        var @case = CaseBuilder.SickCallFrom(FirstDay).WithCareContactOn(new DateOnly(2026, 3, 3))
            .WalkedTo(CaseStatus.FirstConversation).Build();

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 4, 1), Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])
        [
            CaseTrigger.NotifyMunicipality, CaseTrigger.HoldRoundTableMeeting, CaseTrigger.StartCoordination,
            CaseTrigger.RegisterGradualReturn, CaseTrigger.RegisterReturn, CaseTrigger.Close,
            .. OpenCaseRecords,
        ]));
    }

    [Test]
    public void ShouldPermitTheMunicipalityNotificationAndReopeningOfAClosedCaseThatPassedTheEmployerPeriod()
    {
        // Back on 4 April: the absence ran to 3 April, past the employer period (2 March + 30 = 1 April).
        var returnedOn = new DateOnly(2026, 4, 4);
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(returnedOn, Stamps.On(returnedOn), Policy);

        var permitted = @case.PermittedTriggers(new DateOnly(2026, 4, 6), Policy);

        Assert.That(permitted, Is.EquivalentTo(new[] { CaseTrigger.NotifyMunicipality, CaseTrigger.Reopen }));
    }

    [Test]
    public void ShouldPermitConversationCoordinationAndClosingOfAFrequentAbsenceCase()
    {
        // No spell, no care contact and no return to register; coordination needs no passed deadline.
        var @case = AbsenceCase.OpenForFrequentAbsence(
            CaseBuilder.EmployeeId, CaseBuilder.UnitId, "3 fraværsperioder på 183 dage", Stamps.On(FirstDay));

        var permitted = @case.PermittedTriggers(FirstDay, Policy);

        Assert.That(permitted, Is.EquivalentTo((CaseTrigger[])
        [
            CaseTrigger.HoldFirstConversation, CaseTrigger.StartCoordination, CaseTrigger.Close,
            .. OpenCaseRecords,
        ]));
    }

    [Test]
    public void ShouldNoLongerPermitTheRetentionPlanRequestOnceRecorded()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        var today = new DateOnly(2026, 3, 5);
        @case.RecordRetentionPlanRequest(today, Stamps.On(today), Policy);

        var permitted = @case.PermittedTriggers(today, Policy);

        Assert.Multiple(() =>
        {
            Assert.That(permitted, Does.Not.Contain(CaseTrigger.RecordRetentionPlanRequest));
            Assert.That(permitted, Does.Contain(CaseTrigger.RequestPossibilityStatement), "a statement may be asked for again");
            Assert.That(permitted, Does.Contain(CaseTrigger.MakeRetentionPlan), "the request calls for a plan");
        });
    }
}

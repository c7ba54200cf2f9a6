using static AbsenceCases.Domain.Tests.Cases.CaseDates;

namespace AbsenceCases.Domain.Tests.Cases;

public class ClosedCaseTests
{
    private static readonly DateOnly ReturnedOn = new(2026, 3, 5);
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly DateOnly ActionDay = new(2026, 3, 6);

    /// <summary>Every action a closed case does not declare; the municipality notification is declared, and guarded.</summary>
    private static IEnumerable<TestCaseData> EveryActionButReopen()
    {
        yield return Action("RecordCareContact", c => c.RecordCareContact(ActionDay, null, Stamps.On(Today), Policy));
        yield return Action("RequestFastTrack", c => c.RequestFastTrack(ActionDay, Stamps.On(Today), Policy));
        yield return Action("MakeRetentionPlan", c => c.MakeRetentionPlan(
            new RetentionPlanDetails(ActionDay, "Nedsat tid i fire uger"), Stamps.On(Today), Policy));
        yield return Action("RecordRetentionPlanRequest", c => c.RecordRetentionPlanRequest(ActionDay, Stamps.On(Today), Policy));
        yield return Action("RequestPossibilityStatement", c => c.RequestPossibilityStatement(ActionDay, Stamps.On(Today), Policy));
        yield return Action("RequestDocumentation", c => c.RequestDocumentation(
            DocumentationKind.FitNote, ActionDay, null, Stamps.On(Today), Policy));
        yield return Action("HoldRoundTableMeeting", c => c.HoldRoundTableMeeting(ActionDay, null, Stamps.On(Today), Policy));
        yield return Action("HoldFirstConversation", c => c.HoldFirstConversation(
            new FirstConversationDetails(ActionDay, ConversationForm.InPerson, null, null, default), Stamps.On(Today), Policy));
        yield return Action("StartCoordination", c => c.StartCoordination(ActionDay, null, Stamps.On(Today), Policy));
        yield return Action("AgreePreventionPlan", c => c.AgreePreventionPlan(
            Plans.Proposal(ActionDay, Plans.CompleteMeasure(new DateOnly(2026, 4, 6))), Stamps.On(Today), Policy));
        yield return Action("RegisterReturn", c => c.RegisterReturn(ActionDay, Stamps.On(Today), Policy));
        yield return Action("Close", c => c.Close(ActionDay, CloseReason.Other, null, Stamps.On(Today), Policy));
    }

    [TestCaseSource(nameof(EveryActionButReopen))]
    public void ShouldRefuseEveryActionButReopenOnAClosedCase(string trigger, Action<AbsenceCase> act)
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(ReturnedOn, Stamps.On(ReturnedOn), Policy);
        var version = @case.Version;

        var refusal = Refusal.Of(() => act(@case));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.Refusal.Code, Is.EqualTo("case.transitionRefused"));
            Assert.That(refusal.Refusal.Args, Is.EquivalentTo(new Dictionary<string, object>
            {
                ["trigger"] = Enum.Parse<CaseTrigger>(trigger),
                ["state"] = CaseStatus.Closed,
            }));
            Assert.That(refusal.PermittedTriggers, Is.EqualTo(new[] { CaseTrigger.Reopen }));
            Assert.That(refusal.UnmetGuards, Is.Empty);
            Assert.That(@case.Status, Is.EqualTo(CaseStatus.Closed));
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseTheMunicipalityNotificationOfAClosedCaseThatNeverPassedTheEmployerPeriod()
    {
        // The absence ran from 2 to 4 March; the employer period lasts to 2 March + 29 = 31 March.
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(ReturnedOn, Stamps.On(ReturnedOn), Policy);
        var version = @case.Version;

        var refusal = Refusal.Of(() => @case.NotifyMunicipality(ActionDay, Stamps.On(Today), Policy));

        Assert.Multiple(() =>
        {
            Assert.That(refusal.State, Is.EqualTo(CaseStatus.Closed));
            Assert.That(refusal.Trigger, Is.EqualTo(CaseTrigger.NotifyMunicipality));
            Assert.That(refusal.PermittedTriggers, Is.EqualTo(new[] { CaseTrigger.Reopen }));
            Assert.That(refusal.UnmetGuards.Select(g => g.Code), Is.EqualTo(new[] { Guards.PassedEmployerPeriod }));
            Assert.That(@case.MunicipalityNotifiedOn, Is.Null);
            Assert.That(@case.Version, Is.EqualTo(version));
        });
    }

    [Test]
    public void ShouldRefuseANewSpellOnAClosedCase()
    {
        var @case = CaseBuilder.SickCallFrom(FirstDay).Build();
        @case.RegisterReturn(ReturnedOn, Stamps.On(ReturnedOn), Policy);

        var refusal = Refusal.ByRule(() => @case.AddSpell(
            new SickCallDetails(Today, AbsenceType.OwnIllness, 100, null, null), Stamps.On(Today)));
        Assert.That(refusal.Code, Is.EqualTo("case.closedTakesNoAbsence"));
        Assert.That(@case.Spells, Has.Count.EqualTo(1));
    }

    private static TestCaseData Action(string trigger, Action<AbsenceCase> act) =>
        new TestCaseData(trigger, act).SetArgDisplayNames(trigger);
}

using AbsenceCases.Domain.Workflow;

namespace AbsenceCases.Domain.Cases;

/// <summary>
/// The workflow of an absence case, declared once: reported → first conversation → coordination →
/// prevention plan → closed. Guards read the case, the municipality's date and the policy; they never change anything.
/// </summary>
public sealed class CaseWorkflow
{
    private const string WithinAbsence = "on or after the first sick day, not in the future";
    private const string LongAbsence = "the expected return is later than 8 weeks";
    private const string ReturnedWithinOpenAbsence = "returned on or after the first day of the open absence, not in the future";

    private static readonly CaseStatus[] OpenStates =
        [CaseStatus.Reported, CaseStatus.FirstConversation, CaseStatus.Coordination, CaseStatus.PreventionPlan];

    private readonly StateMachine<CaseStatus, CaseTrigger> _machine;

    internal CaseWorkflow(AbsenceCase @case, Func<CaseStatus> state, Action<CaseStatus> setState, DateOnly today, PolicySettings policy)
    {
        _machine = new StateMachine<CaseStatus, CaseTrigger>(state, setState);
        RecordCareContact = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.RecordCareContact);
        NotifyMunicipality = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.NotifyMunicipality);
        RequestFastTrack = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.RequestFastTrack);
        MakeRetentionPlan = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.MakeRetentionPlan);
        HoldRoundTableMeeting = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.HoldRoundTableMeeting);
        HoldFirstConversation = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.HoldFirstConversation);
        StartCoordination = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.StartCoordination);
        AgreePreventionPlan = _machine.SetTriggerParameters<PlanProposal>(CaseTrigger.AgreePreventionPlan);
        RegisterReturn = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.RegisterReturn);
        Close = _machine.SetTriggerParameters<CaseClosing>(CaseTrigger.Close);
        Reopen = _machine.SetTriggerParameters<DateOnly>(CaseTrigger.Reopen);

        bool IsWithinAbsence(DateOnly day) => day >= @case.FirstDay && day <= today;
        bool IsWithinOpenAbsence(DateOnly day) => day >= @case.OpenAbsenceStart && day <= today;

        foreach (var open in OpenStates)
        {
            _machine.Configure(open)
                .InternalTransitionIf(RecordCareContact, IsWithinAbsence, WithinAbsence)
                .AndIf(() => @case.Kind == CaseKind.SickCall && @case.CareContactOn is null, "a sick-call case without care contact yet")
                .InternalTransitionIf(RequestFastTrack, () => @case.ExpectsLongAbsence(policy), LongAbsence)
                .AndIf(() => @case.FastTrackRequestedOn is null, "not requested before")
                .AndIf<DateOnly>(IsWithinAbsence, "requested " + WithinAbsence)
                .InternalTransitionIf(
                    MakeRetentionPlan,
                    () => @case.NeedsRetentionPlan(policy),
                    LongAbsence + ", or the employee asked for a plan")
                .AndIf<DateOnly>(IsWithinAbsence, "made " + WithinAbsence)
                .InternalTransitionIf(
                    HoldRoundTableMeeting,
                    () => @case.HasOpenSpell && today >= @case.FirstDay.AddDays(policy.FirstConversationDays),
                    "the absence is open and has lasted 4 weeks")
                .AndIf<DateOnly>(IsWithinAbsence, "held " + WithinAbsence)
                .PermitIf(
                    Close,
                    CaseStatus.Closed,
                    closing => closing.Reason is not null &&
                               (closing.Reason != CloseReason.ReturnedToWork || closing.ReturnDate >= @case.OpenAbsenceStart),
                    "a close reason; ReturnedToWork needs a return date on or after the first day")
                .AndIf<CaseClosing>(closing => IsWithinAbsence(closing.ClosedOn), "closed " + WithinAbsence);
        }

        foreach (var any in OpenStates.Append(CaseStatus.Closed))
        {
            // Sygedagpengeloven § 59: also after closing, when the absence passed the employer period.
            _machine.Configure(any)
                .InternalTransitionIf(NotifyMunicipality, () => @case.PassedEmployerPeriod(today, policy), "the absence passed the employer period")
                .AndIf(() => @case.MunicipalityNotifiedOn is null, "not notified before")
                .AndIf<DateOnly>(IsWithinAbsence, "notified " + WithinAbsence);
        }

        _machine.Configure(CaseStatus.Reported)
            .PermitIf(HoldFirstConversation, CaseStatus.FirstConversation, IsWithinAbsence, "held " + WithinAbsence)
            .PermitIf(
                StartCoordination,
                CaseStatus.Coordination,
                () => today > @case.FirstDay.AddDays(policy.FirstConversationDays) || @case.Kind == CaseKind.FrequentAbsence,
                "the first-conversation deadline has passed, or kind is FrequentAbsence")
            .AndIf<DateOnly>(IsWithinAbsence, "started " + WithinAbsence)
            .PermitIf(RegisterReturn, CaseStatus.Closed, () => @case.HasOpenSpell, "an absence is open")
            .AndIf<DateOnly>(IsWithinOpenAbsence, ReturnedWithinOpenAbsence);

        _machine.Configure(CaseStatus.FirstConversation)
            .PermitIf(StartCoordination, CaseStatus.Coordination, IsWithinAbsence, "started " + WithinAbsence);

        _machine.Configure(CaseStatus.Coordination)
            .PermitIf(
                AgreePreventionPlan,
                CaseStatus.PreventionPlan,
                plan => plan.Measures.Count > 0 && plan.Measures.All(m => m.IsComplete),
                "at least one measure, each with a responsible person and a follow-up date")
            .AndIf<PlanProposal>(plan => IsWithinAbsence(plan.AgreedOn), "agreed " + WithinAbsence);

        foreach (var followedUp in OpenStates.Skip(1))
        {
            _machine.Configure(followedUp)
                .InternalTransitionIf(RegisterReturn, () => @case.HasOpenSpell, "an absence is open")
                .AndIf<DateOnly>(IsWithinOpenAbsence, ReturnedWithinOpenAbsence);
        }

        _machine.Configure(CaseStatus.Closed)
            .PermitIf(
                Reopen,
                CaseStatus.Reported,
                () => @case.ClosedOn is { } closedOn && today <= closedOn.AddDays(policy.ReopenWithinDays),
                $"closed no more than {policy.ReopenWithinDays} days ago")
            .AndIf<DateOnly>(
                on => @case.ClosedOn is { } closedOn && on >= closedOn && on <= closedOn.AddDays(policy.ReopenWithinDays) && on <= today,
                $"within {policy.ReopenWithinDays} days of closing (relapse)");
    }

    public TriggerWithParameters<CaseTrigger, DateOnly> RecordCareContact { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> NotifyMunicipality { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> RequestFastTrack { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> MakeRetentionPlan { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> HoldRoundTableMeeting { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> HoldFirstConversation { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> StartCoordination { get; }

    public TriggerWithParameters<CaseTrigger, PlanProposal> AgreePreventionPlan { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> RegisterReturn { get; }

    public TriggerWithParameters<CaseTrigger, CaseClosing> Close { get; }

    public TriggerWithParameters<CaseTrigger, DateOnly> Reopen { get; }

    public IReadOnlyList<CaseTrigger> PermittedTriggers => _machine.PermittedTriggers.ToList();

    /// <summary>The declaration itself, for the API and the documentation: states, triggers, transitions and guards.</summary>
    public static StateMachineInfo Describe() => Declaration()._machine.GetInfo();

    /// <summary>The declaration as a Graphviz DOT graph.</summary>
    public static string ToDotGraph() => Declaration()._machine.ToDotGraph();

    internal Transition<CaseStatus, CaseTrigger> Fire<TArg>(TriggerWithParameters<CaseTrigger, TArg> trigger, TArg argument) =>
        _machine.Fire(trigger, argument);

    private static CaseWorkflow Declaration() => AbsenceCase.Blank().Workflow(DateOnly.MinValue, new PolicySettings());
}

using Stateless;
using Stateless.Graph;
using Stateless.Reflection;
using static AbsenceCases.Domain.Cases.WorkflowGuards;

namespace AbsenceCases.Domain.Cases;

/// <summary>
/// The workflow of an absence case, declared once with Stateless: reported → first conversation → coordination →
/// prevention plan → closed, the four open states being substates of <see cref="CaseStatus.Open"/>. Guards read the
/// case, the municipality's date and the policy; they never change anything.
/// </summary>
public sealed class CaseWorkflow
{
    private readonly StateMachine<CaseStatus, CaseTrigger> _machine;
    private readonly WorkflowGuards _guards = new();

    internal CaseWorkflow(AbsenceCase @case, Func<CaseStatus> state, Action<CaseStatus> setState, DateOnly today, PolicySettings policy)
    {
        _machine = new StateMachine<CaseStatus, CaseTrigger>(state, setState);
        RecordCareContact = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.RecordCareContact);
        NotifyMunicipality = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.NotifyMunicipality);
        RequestFastTrack = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.RequestFastTrack);
        MakeRetentionPlan = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.MakeRetentionPlan);
        RecordRetentionPlanRequest = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.RecordRetentionPlanRequest);
        RequestPossibilityStatement = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.RequestPossibilityStatement);
        HoldRoundTableMeeting = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.HoldRoundTableMeeting);
        HoldFirstConversation = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.HoldFirstConversation);
        StartCoordination = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.StartCoordination);
        AgreePreventionPlan = _machine.SetTriggerParameters<PlanProposal?>(CaseTrigger.AgreePreventionPlan);
        RegisterReturn = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.RegisterReturn);
        Close = _machine.SetTriggerParameters<CaseClosing?>(CaseTrigger.Close);
        Reopen = _machine.SetTriggerParameters<DateOnly?>(CaseTrigger.Reopen);

        bool WithinAbsence(DateOnly day) => day >= @case.FirstDay && day <= today;
        bool WithinOpenAbsence(DateOnly day) => day >= @case.OpenAbsenceStart && day <= today;
        bool WithinReopening(DateOnly day) =>
            @case.ClosedOn is { } closedOn && day >= closedOn && day <= closedOn.AddDays(policy.ReopenWithinDays) && day <= today;

        var absenceOpen = OnCase("an absence is open", () => @case.HasOpenSpell);
        var returnedWithinOpenAbsence = OnDate(
            "returned on or after the first day of the open absence, not in the future", WithinOpenAbsence);
        // Sygedagpengeloven § 59: also after closing, when the absence passed the employer period.
        Tuple<Func<DateOnly?, bool>, string>[] municipalityNotification =
        [
            OnCase("the absence passed the employer period", () => @case.PassedEmployerPeriod(today, policy)),
            OnCase("not notified before", () => @case.MunicipalityNotifiedOn is null),
            OnDate("notified on or after the first sick day, not in the future", WithinAbsence),
        ];

        _machine.Configure(CaseStatus.Open)
            .InternalTransitionIf(RecordCareContact, _guards.All(
                OnDate("on or after the first sick day, not in the future", WithinAbsence),
                OnCase("a sick-call case without care contact yet", () => @case.Kind == CaseKind.SickCall && @case.CareContactOn is null)))
            .InternalTransitionIf(NotifyMunicipality, _guards.All(municipalityNotification))
            // Sygedagpengeloven § 7c: early follow-up when a long absence is expected.
            .InternalTransitionIf(RequestFastTrack, _guards.All(
                OnCase("the expected return is later than 8 weeks", () => @case.ExpectsLongAbsence(policy)),
                OnCase("not requested before", () => @case.FastTrackRequestedOn is null),
                OnDate("requested on or after the first sick day, not in the future", WithinAbsence)))
            // Sygedagpengeloven § 7b: the retention plan and the employee's request for one.
            .InternalTransitionIf(MakeRetentionPlan, _guards.All(
                OnCase("the expected return is later than 8 weeks, or the employee asked for a plan", () => @case.NeedsRetentionPlan(policy)),
                OnDate("made on or after the first sick day, not in the future", WithinAbsence)))
            .InternalTransitionIf(RecordRetentionPlanRequest, _guards.All(
                OnCase("the employee has not asked for a plan before", () => @case.RetentionPlanRequestedOn is null),
                OnDate("asked on or after the first sick day, not in the future", WithinAbsence)))
            .InternalTransitionIf(RequestPossibilityStatement, _guards.All(
                OnDate("requested on or after the first sick day, not in the future", WithinAbsence)))
            .InternalTransitionIf(HoldRoundTableMeeting, _guards.All(
                OnCase(
                    "the absence is open and has lasted 4 weeks",
                    () => @case.HasOpenSpell && today >= @case.FirstDay.AddDays(policy.FirstConversationDays)),
                OnDate("held on or after the first sick day, not in the future", WithinAbsence)))
            .PermitIf(Close, CaseStatus.Closed,
                On<CaseClosing>(
                    "a close reason; ReturnedToWork needs a return date on or after the first day",
                    closing => closing.Reason is { } reason && (reason != CloseReason.ReturnedToWork || closing.ReturnDate >= @case.OpenAbsenceStart)),
                On<CaseClosing>("closed on or after the first sick day, not in the future", closing => WithinAbsence(closing.ClosedOn)));

        _machine.Configure(CaseStatus.Reported)
            .SubstateOf(CaseStatus.Open)
            .PermitIf(HoldFirstConversation, CaseStatus.FirstConversation,
                OnDate("held on or after the first sick day, not in the future", WithinAbsence))
            .PermitIf(StartCoordination, CaseStatus.Coordination,
                OnCase(
                    "the first-conversation deadline has passed, or kind is FrequentAbsence",
                    () => today > @case.FirstDay.AddDays(policy.FirstConversationDays) || @case.Kind == CaseKind.FrequentAbsence),
                OnDate("started on or after the first sick day, not in the future", WithinAbsence))
            .PermitIf(RegisterReturn, CaseStatus.Closed, absenceOpen, returnedWithinOpenAbsence);

        _machine.Configure(CaseStatus.FirstConversation)
            .SubstateOf(CaseStatus.Open)
            .PermitIf(StartCoordination, CaseStatus.Coordination,
                OnDate("started on or after the first sick day, not in the future", WithinAbsence))
            .InternalTransitionIf(RegisterReturn, _guards.All(absenceOpen, returnedWithinOpenAbsence));

        _machine.Configure(CaseStatus.Coordination)
            .SubstateOf(CaseStatus.Open)
            .PermitIf(AgreePreventionPlan, CaseStatus.PreventionPlan,
                On<PlanProposal>(
                    "at least one measure, each with a responsible person and a follow-up date",
                    plan => plan.Measures.Count > 0 && plan.Measures.All(m => m.IsComplete)),
                On<PlanProposal>("agreed on or after the first sick day, not in the future", plan => WithinAbsence(plan.AgreedOn)))
            .InternalTransitionIf(RegisterReturn, _guards.All(absenceOpen, returnedWithinOpenAbsence));

        _machine.Configure(CaseStatus.PreventionPlan)
            .SubstateOf(CaseStatus.Open)
            .InternalTransitionIf(RegisterReturn, _guards.All(absenceOpen, returnedWithinOpenAbsence));

        _machine.Configure(CaseStatus.Closed)
            .InternalTransitionIf(NotifyMunicipality, _guards.All(municipalityNotification))
            .PermitIf(Reopen, CaseStatus.Reported,
                OnCase(
                    $"closed no more than {policy.ReopenWithinDays} days ago",
                    () => @case.ClosedOn is { } closedOn && today <= closedOn.AddDays(policy.ReopenWithinDays)),
                OnDate($"within {policy.ReopenWithinDays} days of closing (relapse)", WithinReopening));
    }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> RecordCareContact { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> NotifyMunicipality { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> RequestFastTrack { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> MakeRetentionPlan { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> RecordRetentionPlanRequest { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> RequestPossibilityStatement { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> HoldRoundTableMeeting { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> HoldFirstConversation { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> StartCoordination { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<PlanProposal?> AgreePreventionPlan { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> RegisterReturn { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<CaseClosing?> Close { get; }

    internal StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> Reopen { get; }

    /// <summary>The triggers the case's state permits now, every guard on the case judged (those on an argument wait for it).</summary>
    public IReadOnlyList<CaseTrigger> PermittedTriggers => Enum.GetValues<CaseTrigger>().Where(_machine.CanFire).ToList();

    /// <summary>
    /// The declaration as Stateless reports it (<c>GetInfo</c>), for the API: what each state a case can be in allows,
    /// its own transitions and those it inherits from its superstate, with every guard's description.
    /// </summary>
    public static WorkflowDescription Describe()
    {
        var declaration = Declaration();
        var info = declaration._machine.GetInfo();
        var states = info.States.Where(s => !s.Substates.Any()).OrderBy(s => (CaseStatus)s.UnderlyingState).ToList();
        var transitions = states
            .SelectMany(state => SelfAndSuperstates(state).SelectMany(declaredOn => declaredOn.FixedTransitions.Select(t => new WorkflowTransition(
                state.UnderlyingState.ToString()!,
                t.Trigger.UnderlyingTrigger.ToString()!,
                t.IsInternalTransition ? state.UnderlyingState.ToString()! : t.DestinationState.UnderlyingState.ToString()!,
                t.IsInternalTransition,
                declaredOn.UnderlyingState.ToString()!,
                t.GuardConditionsMethodDescriptions.SelectMany(g => declaration._guards.PartsOf(g.Description)).ToList()))))
            .ToList();
        return new WorkflowDescription(
            states.Select(s => s.UnderlyingState.ToString()!).ToList(),
            transitions.Select(t => t.Trigger).Distinct().ToList(),
            transitions);
    }

    /// <summary>The declaration as a Graphviz DOT graph, drawn by Stateless's <c>UmlDotGraph</c>.</summary>
    public static string ToDotGraph() => UmlDotGraph.Format(Declaration()._machine.GetInfo());

    /// <summary>Fires a trigger; a refused one raises <see cref="InvalidTransitionException"/> naming the unmet guards.</summary>
    internal (CaseStatus Source, CaseStatus Destination) Fire<TArg>(
        StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<TArg> trigger, TArg argument)
    {
        var source = _machine.State;
        if (!_machine.CanFire(trigger, argument, out var unmetGuards))
        {
            throw new InvalidTransitionException(
                source.ToString(),
                trigger.Trigger.ToString(),
                PermittedTriggers.Select(t => t.ToString()).ToList(),
                _guards.Unmet(unmetGuards, argument));
        }

        _machine.Fire(trigger, argument);
        return (source, _machine.State);
    }

    private static IEnumerable<StateInfo> SelfAndSuperstates(StateInfo state)
    {
        for (var current = state; current is not null; current = current.Superstate)
        {
            yield return current;
        }
    }

    private static CaseWorkflow Declaration() => AbsenceCase.Blank().Workflow(DateOnly.MinValue, new PolicySettings());
}

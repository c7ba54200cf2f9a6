using Stateless;
using Stateless.Graph;
using Stateless.Reflection;

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
    private readonly Dictionary<CaseTrigger, StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters> _triggers = [];

    internal CaseWorkflow(AbsenceCase @case, Func<CaseStatus> state, Action<CaseStatus> setState, DateOnly today, PolicySettings policy)
    {
        _machine = new StateMachine<CaseStatus, CaseTrigger>(state, setState);
        var recordCareContact = Dated(CaseTrigger.RecordCareContact);
        var notifyMunicipality = Dated(CaseTrigger.NotifyMunicipality);
        var requestFastTrack = Dated(CaseTrigger.RequestFastTrack);
        var makeRetentionPlan = Dated(CaseTrigger.MakeRetentionPlan);
        var recordRetentionPlanRequest = Dated(CaseTrigger.RecordRetentionPlanRequest);
        var requestPossibilityStatement = Dated(CaseTrigger.RequestPossibilityStatement);
        var requestDocumentation = Dated(CaseTrigger.RequestDocumentation);
        var recordDocumentationReceived = Dated(CaseTrigger.RecordDocumentationReceived);
        var holdRoundTableMeeting = Dated(CaseTrigger.HoldRoundTableMeeting);
        var holdFirstConversation = Dated(CaseTrigger.HoldFirstConversation);
        var startCoordination = Dated(CaseTrigger.StartCoordination);
        var agreePreventionPlan = Parameterised<PlanProposal?>(CaseTrigger.AgreePreventionPlan);
        var registerGradualReturn = Dated(CaseTrigger.RegisterGradualReturn);
        var registerReturn = Dated(CaseTrigger.RegisterReturn);
        var close = Parameterised<CaseClosing?>(CaseTrigger.Close);
        var reopen = Dated(CaseTrigger.Reopen);

        bool WithinAbsence(DateOnly day) => day >= @case.FirstDay && day <= today;
        bool WithinOpenAbsence(DateOnly day) => day >= @case.OpenAbsenceStart && day <= today;
        bool AfterOpenSpellsBegan(DateOnly day) => @case.OpenSpellsBeganBefore(day) && day <= today;
        bool WithinReopening(DateOnly day) =>
            @case.ClosedOn is { } closedOn && day >= closedOn && day <= closedOn.AddDays(policy.ReopenWithinDays) && day <= today;

        var absenceOpen = _guards.OnCase(GuardCodes.AbsenceOpen, () => @case.HasOpenSpell);
        var returnedWithinOpenAbsence = _guards.OnDate(GuardCodes.ReturnedWithinOpenAbsence, WithinOpenAbsence);
        // Sygedagpengeloven § 59: also after closing, when the absence passed the employer period.
        Tuple<Func<DateOnly?, bool>, string>[] municipalityNotification =
        [
            _guards.OnCase(GuardCodes.PassedEmployerPeriod, () => @case.PassedEmployerPeriod(today, policy)),
            _guards.OnCase(GuardCodes.NotNotifiedBefore, () => @case.MunicipalityNotifiedOn is null),
            _guards.OnDate(GuardCodes.NotifiedWithinAbsence, WithinAbsence),
        ];
        // Documentation may come after the case closed; the day is checked against its request.
        var documentationReceipt = _guards.All(_guards.OnCase(GuardCodes.DocumentationAwaited, () => @case.AwaitsDocumentation));

        _machine.Configure(CaseStatus.Open)
            .InternalTransitionIf(recordCareContact, _guards.All(
                _guards.OnDate(GuardCodes.OnOrAfterFirstDay, WithinAbsence),
                _guards.OnCase(GuardCodes.NoCareContactYet, () => @case.Kind == CaseKind.SickCall && @case.CareContactOn is null)))
            .InternalTransitionIf(notifyMunicipality, _guards.All(municipalityNotification))
            // Sygedagpengeloven § 7c: early follow-up when a long absence is expected.
            .InternalTransitionIf(requestFastTrack, _guards.All(
                _guards.OnCase(GuardCodes.LongAbsence, () => @case.ExpectsLongAbsence(policy)),
                _guards.OnCase(GuardCodes.NotRequestedBefore, () => @case.FastTrackRequestedOn is null),
                _guards.OnDate(GuardCodes.RequestedWithinAbsence, WithinAbsence)))
            // Sygedagpengeloven § 7b: the retention plan and the employee's request for one.
            .InternalTransitionIf(makeRetentionPlan, _guards.All(
                _guards.OnCase(GuardCodes.LongAbsenceOrAsked, () => @case.NeedsRetentionPlan(policy)),
                _guards.OnDate(GuardCodes.MadeWithinAbsence, WithinAbsence)))
            .InternalTransitionIf(recordRetentionPlanRequest, _guards.All(
                _guards.OnCase(GuardCodes.NotAskedBefore, () => @case.RetentionPlanRequestedOn is null),
                _guards.OnDate(GuardCodes.AskedWithinAbsence, WithinAbsence)))
            .InternalTransitionIf(requestPossibilityStatement, _guards.All(_guards.OnDate(GuardCodes.RequestedWithinAbsence, WithinAbsence)))
            .InternalTransitionIf(requestDocumentation, _guards.All(_guards.OnDate(GuardCodes.RequestedWithinAbsence, WithinAbsence)))
            .InternalTransitionIf(recordDocumentationReceived, documentationReceipt)
            .InternalTransitionIf(holdRoundTableMeeting, _guards.All(
                _guards.OnCase(
                    GuardCodes.OpenForFourWeeks,
                    () => @case.HasOpenSpell && today >= @case.FirstDay.AddDays(policy.FirstConversationDays)),
                _guards.OnDate(GuardCodes.HeldWithinAbsence, WithinAbsence)))
            .InternalTransitionIf(registerGradualReturn, _guards.All(
                absenceOpen,
                _guards.OnDate(GuardCodes.GradualReturnWithinOpenAbsence, AfterOpenSpellsBegan)))
            .PermitIf(close, CaseStatus.Closed,
                _guards.On<CaseClosing>(
                    GuardCodes.CloseReason,
                    closing => closing.Reason is { } reason && (reason != CloseReason.ReturnedToWork || closing.ReturnDate >= @case.OpenAbsenceStart)),
                _guards.On<CaseClosing>(GuardCodes.ClosedWithinAbsence, closing => WithinAbsence(closing.ClosedOn)));

        _machine.Configure(CaseStatus.Reported)
            .SubstateOf(CaseStatus.Open)
            .PermitIf(holdFirstConversation, CaseStatus.FirstConversation, _guards.OnDate(GuardCodes.HeldWithinAbsence, WithinAbsence))
            .PermitIf(startCoordination, CaseStatus.Coordination,
                _guards.OnCase(
                    GuardCodes.FirstConversationDeadlinePassed,
                    () => today > @case.FirstDay.AddDays(policy.FirstConversationDays) || @case.Kind == CaseKind.FrequentAbsence),
                _guards.OnDate(GuardCodes.StartedWithinAbsence, WithinAbsence))
            .PermitIf(registerReturn, CaseStatus.Closed, absenceOpen, returnedWithinOpenAbsence);

        _machine.Configure(CaseStatus.FirstConversation)
            .SubstateOf(CaseStatus.Open)
            .PermitIf(startCoordination, CaseStatus.Coordination, _guards.OnDate(GuardCodes.StartedWithinAbsence, WithinAbsence))
            .InternalTransitionIf(registerReturn, _guards.All(absenceOpen, returnedWithinOpenAbsence));

        _machine.Configure(CaseStatus.Coordination)
            .SubstateOf(CaseStatus.Open)
            .PermitIf(agreePreventionPlan, CaseStatus.PreventionPlan,
                _guards.On<PlanProposal>(GuardCodes.CompleteMeasures, plan => plan.Measures.Count > 0 && plan.Measures.All(m => m.IsComplete)),
                _guards.On<PlanProposal>(GuardCodes.AgreedWithinAbsence, plan => WithinAbsence(plan.AgreedOn)))
            .InternalTransitionIf(registerReturn, _guards.All(absenceOpen, returnedWithinOpenAbsence));

        _machine.Configure(CaseStatus.PreventionPlan)
            .SubstateOf(CaseStatus.Open)
            .InternalTransitionIf(registerReturn, _guards.All(absenceOpen, returnedWithinOpenAbsence));

        _machine.Configure(CaseStatus.Closed)
            .InternalTransitionIf(notifyMunicipality, _guards.All(municipalityNotification))
            .InternalTransitionIf(recordDocumentationReceived, documentationReceipt)
            .PermitIf(reopen, CaseStatus.Reported,
                _guards.OnCase(
                    GuardCodes.ClosedRecently,
                    () => @case.ClosedOn is { } closedOn && today <= closedOn.AddDays(policy.ReopenWithinDays),
                    ("days", policy.ReopenWithinDays)),
                _guards.OnDate(GuardCodes.Relapse, WithinReopening, ("days", policy.ReopenWithinDays)));
    }

    /// <summary>The triggers the case's state permits now, every guard on the case judged (those on an argument wait for it).</summary>
    public IReadOnlyList<CaseTrigger> PermittedTriggers => Enum.GetValues<CaseTrigger>().Where(_machine.CanFire).ToList();

    /// <summary>
    /// The declaration as Stateless reports it (<c>GetInfo</c>), for the API: what each state a case can be in allows,
    /// its own transitions and those it inherits from its superstate, with every guard's code.
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
    internal (CaseStatus Source, CaseStatus Destination) Fire<TArg>(CaseTrigger trigger, TArg argument)
    {
        var source = _machine.State;
        var parameterised = (StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<TArg>)_triggers[trigger];
        if (!_machine.CanFire(parameterised, argument, out var unmetGuards))
        {
            throw new InvalidTransitionException(source, trigger, PermittedTriggers, _guards.Unmet(unmetGuards, argument));
        }

        _machine.Fire(parameterised, argument);
        return (source, _machine.State);
    }

    private StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> Dated(CaseTrigger trigger) =>
        Parameterised<DateOnly?>(trigger);

    private StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<TArg> Parameterised<TArg>(CaseTrigger trigger)
    {
        var parameterised = _machine.SetTriggerParameters<TArg>(trigger);
        _triggers[trigger] = parameterised;
        return parameterised;
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

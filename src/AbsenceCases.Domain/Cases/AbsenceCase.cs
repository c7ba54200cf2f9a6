using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Common;
using Stateless;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Domain.Cases;

/// <summary>
/// An absence case (sag): one employee through one episode of absence, from the sick call (or the
/// frequent-absence trigger) to closing. Its state changes only through <see cref="CaseWorkflow"/>.
/// </summary>
public sealed class AbsenceCase
{
    private readonly List<AbsenceSpell> _spells = [];
    private readonly List<Conversation> _conversations = [];
    private readonly List<CaseHistoryEntry> _history = [];

    private AbsenceCase()
    {
        ReportedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    public int EmployeeId { get; private set; }

    /// <summary>The unit of the employment the case was reported in; scope is judged by it.</summary>
    public int UnitId { get; private set; }

    public CaseKind Kind { get; private set; }

    public CaseStatus Status { get; private set; }

    public DateOnly FirstDay { get; private set; }

    public DateOnly? ExpectedReturn { get; private set; }

    public DateTimeOffset ReportedAt { get; private set; }

    public string ReportedBy { get; private set; }

    public DateOnly? CareContactOn { get; private set; }

    public DateOnly? CoordinationStartedOn { get; private set; }

    /// <summary>The day the absence was reported to the municipality through NemRefusion (sygedagpengeloven § 59).</summary>
    public DateOnly? MunicipalityNotifiedOn { get; private set; }

    /// <summary>The day early follow-up was asked of the municipality (sygedagpengeloven § 7c).</summary>
    public DateOnly? FastTrackRequestedOn { get; private set; }

    /// <summary>The day a possibility statement (mulighedserklæring) was last asked of the employee's doctor.</summary>
    public DateOnly? PossibilityStatementRequestedOn { get; private set; }

    /// <summary>The day the employee asked for a retention plan (sygedagpengeloven § 7b).</summary>
    public DateOnly? RetentionPlanRequestedOn { get; private set; }

    public DateOnly? RetentionPlanMadeOn { get; private set; }

    public string? RetentionPlan { get; private set; }

    public DateOnly? RoundTableHeldOn { get; private set; }

    /// <summary>The last weekly review of the case by the coordination group.</summary>
    public DateOnly? LastReviewedOn { get; private set; }

    /// <summary>The next review the group set, when it set one.</summary>
    public DateOnly? NextReviewOn { get; private set; }

    /// <summary>The first day back at work, once the employee has returned.</summary>
    public DateOnly? ReturnedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public CloseReason? CloseReason { get; private set; }

    /// <summary>The day the case was anonymised under the retention policy.</summary>
    public DateOnly? AnonymisedOn { get; private set; }

    /// <summary>Incremented on every change; the optimistic-concurrency token and the ETag.</summary>
    public int Version { get; private set; }

    public PreventionPlan? PreventionPlan { get; private set; }

    public IReadOnlyCollection<AbsenceSpell> Spells => _spells;

    public IReadOnlyCollection<Conversation> Conversations => _conversations;

    public IReadOnlyCollection<CaseHistoryEntry> History => _history;

    public bool IsOpen => Status != CaseStatus.Closed;

    public bool HasOpenSpell => _spells.Any(s => s.IsOpen);

    /// <summary>The day the § 7a conversation was held; kept when the conversations are removed under the retention policy.</summary>
    public DateOnly? FirstConversationHeldOn { get; private set; }

    /// <summary>The first day of the absence still open, or of the case when none is open.</summary>
    public DateOnly OpenAbsenceStart => _spells.Where(s => s.IsOpen).Select(s => (DateOnly?)s.FirstDay).Min() ?? FirstDay;

    /// <summary>The last day of absence of the episode, an open absence counting up to the given day.</summary>
    public DateOnly AbsentUntil(DateOnly today) =>
        _spells.Count == 0 ? FirstDay : _spells.Max(s => s.LastDayOr(today));

    /// <summary>The absence covers the first day after the employer period (day 31 by default).</summary>
    public bool PassedEmployerPeriod(DateOnly today, PolicySettings policy) =>
        AbsentUntil(today) >= FirstDay.AddDays(policy.EmployerPeriodDays);

    /// <summary>The expected return is later than 8 weeks after the first sick day.</summary>
    public bool ExpectsLongAbsence(PolicySettings policy) => ExpectedReturn > FirstDay.AddDays(policy.LongAbsenceDays);

    /// <summary>The case calls for a retention plan: a long absence is expected or the employee asked for one.</summary>
    public bool NeedsRetentionPlan(PolicySettings policy) => ExpectsLongAbsence(policy) || RetentionPlanRequestedOn is not null;

    /// <summary>Calendar days from the first sick day to the last day of absence, both included.</summary>
    public int DaysAbsent(DateOnly today) => AbsentUntil(today).DayNumber - FirstDay.DayNumber + 1;

    /// <summary>Opens a case because the employee's absence pattern hit the frequent-absence trigger.</summary>
    public static AbsenceCase OpenForFrequentAbsence(int employeeId, int unitId, string pattern, ActionStamp stamp)
    {
        var @case = new AbsenceCase
        {
            Id = Guid.CreateVersion7(stamp.At),
            EmployeeId = employeeId,
            UnitId = unitId,
            Kind = CaseKind.FrequentAbsence,
            Status = CaseStatus.Reported,
            FirstDay = stamp.Today,
            ReportedAt = stamp.At,
            ReportedBy = stamp.UserId,
        };
        @case.Record(stamp, "FrequentAbsenceTriggered", null, CaseStatus.Reported, pattern);
        return @case;
    }

    public static AbsenceCase ReportSickCall(int employeeId, int unitId, SickCallDetails details, ActionStamp stamp)
    {
        var @case = new AbsenceCase
        {
            Id = Guid.CreateVersion7(stamp.At),
            EmployeeId = employeeId,
            UnitId = unitId,
            Kind = CaseKind.SickCall,
            Status = CaseStatus.Reported,
            FirstDay = details.FirstDay,
            ExpectedReturn = details.ExpectedReturn,
            ReportedAt = stamp.At,
            ReportedBy = stamp.UserId,
        };
        @case.AttachSpell(new AbsenceSpell(employeeId, details.Type, details.Percent, details.FirstDay, null));
        @case.Record(stamp, "SickCallRegistered", null, CaseStatus.Reported, details.Note);
        return @case;
    }

    public IReadOnlyList<CaseTrigger> PermittedTriggers(DateOnly today, PolicySettings policy) =>
        Workflow(today, policy).PermittedTriggers;

    /// <summary>A new sick call for an employee whose case is open adds a spell to that case.</summary>
    public void AddSpell(SickCallDetails details, ActionStamp stamp)
    {
        if (!IsOpen)
        {
            throw new DomainException("A closed case takes no new absence; reopen it or report a new sick call.");
        }

        if (_spells.Any(s => s.Type == details.Type && (s.IsOpen || s.LastDay >= details.FirstDay)))
        {
            throw new DomainException(
                $"The employee is already registered absent ({details.Type.ToCode()}) on or after {details.FirstDay:yyyy-MM-dd}.");
        }

        AttachSpell(new AbsenceSpell(EmployeeId, details.Type, details.Percent, details.FirstDay, null));
        ExpectedReturn = details.ExpectedReturn ?? ExpectedReturn;
        ReturnedOn = null;
        Record(stamp, "SpellAdded", Status, Status, details.Note);
    }

    public void RecordCareContact(DateOnly on, string? note, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.RecordCareContact, on, note);
        CareContactOn = on;
    }

    public void HoldFirstConversation(FirstConversationDetails details, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.HoldFirstConversation, details.HeldOn, details.Note);
        _conversations.Add(new Conversation(details.HeldOn, details.Form, details.Note, details.Requests));
        FirstConversationHeldOn ??= details.HeldOn;
        ExpectedReturn = details.ExpectedReturn ?? ExpectedReturn;
        if (details.Requests.RetentionPlan)
        {
            RetentionPlanRequestedOn ??= details.HeldOn;
        }

        if (details.Requests.FastTrack)
        {
            FastTrackRequestedOn ??= details.HeldOn;
        }

        if (details.Requests.PossibilityStatement)
        {
            PossibilityStatementRequestedOn = details.HeldOn;
        }
    }

    /// <summary>The employee asked for a retention plan (sygedagpengeloven § 7b) outside the first conversation.</summary>
    public void RecordRetentionPlanRequest(DateOnly on, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.RecordRetentionPlanRequest, on, note: null);
        RetentionPlanRequestedOn = on;
    }

    /// <summary>Records that a possibility statement (mulighedserklæring) was asked of the employee's doctor.</summary>
    public void RequestPossibilityStatement(DateOnly on, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.RequestPossibilityStatement, on, note: null);
        PossibilityStatementRequestedOn = on;
    }

    /// <summary>Records that the absence was reported to the municipality (sygedagpengeloven § 59).</summary>
    public void NotifyMunicipality(DateOnly on, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.NotifyMunicipality, on, note: null);
        MunicipalityNotifiedOn = on;
    }

    /// <summary>Records that early follow-up was asked of the municipality (sygedagpengeloven § 7c).</summary>
    public void RequestFastTrack(DateOnly on, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.RequestFastTrack, on, note: null);
        FastTrackRequestedOn = on;
    }

    /// <summary>Records the retention plan made with the employee (sygedagpengeloven § 7b); a later plan replaces it.</summary>
    public void MakeRetentionPlan(RetentionPlanDetails plan, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.MakeRetentionPlan, plan.MadeOn, note: null);
        RetentionPlanMadeOn = plan.MadeOn;
        RetentionPlan = plan.Content;
    }

    public void HoldRoundTableMeeting(DateOnly heldOn, string? note, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.HoldRoundTableMeeting, heldOn, note);
        RoundTableHeldOn = heldOn;
    }

    public void StartCoordination(DateOnly startedOn, string? reason, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.StartCoordination, startedOn, reason);
        CoordinationStartedOn = startedOn;
    }

    public void AgreePreventionPlan(PlanProposal proposal, ActionStamp stamp, PolicySettings policy)
    {
        Fire(stamp, policy, w => w.AgreePreventionPlan, proposal, note: null);
        PreventionPlan = new PreventionPlan(proposal.AgreedOn, proposal.Measures);
    }

    /// <summary>
    /// Registers the first day back at work; the open absence ends the day before. A case still in
    /// Reported is closed as ReturnedToWork; a later case stays open until it is closed after follow-up.
    /// </summary>
    public void RegisterReturn(DateOnly returnedOn, ActionStamp stamp, PolicySettings policy)
    {
        var transition = Fire(stamp, policy, w => w.RegisterReturn, returnedOn, note: null);
        EndOpenSpells(returnedOn.AddDays(-1));
        ReturnedOn = returnedOn;
        if (transition.Destination == CaseStatus.Closed)
        {
            ClosedOn = returnedOn;
            CloseReason = Cases.CloseReason.ReturnedToWork;
        }
    }

    public void Close(DateOnly closedOn, CloseReason reason, string? note, ActionStamp stamp, PolicySettings policy)
    {
        var returnDate = ReturnedOn ?? closedOn;
        Fire(stamp, policy, w => w.Close, new CaseClosing(closedOn, reason, returnDate), note);
        if (reason == Cases.CloseReason.ReturnedToWork)
        {
            EndOpenSpells(returnDate.AddDays(-1));
            ReturnedOn = returnDate;
        }
        else
        {
            EndOpenSpells(closedOn);
        }

        ClosedOn = closedOn;
        CloseReason = reason;
    }

    /// <summary>A relapse within the reopening period continues the episode with a new spell from the given day.</summary>
    public void Reopen(DateOnly on, ActionStamp stamp, PolicySettings policy)
    {
        var last = _spells.MaxBy(s => s.FirstDay);
        if (last?.LastDay >= on)
        {
            throw new DomainException($"The absence already covers {on:yyyy-MM-dd}; reopen from a later day.");
        }

        Fire(stamp, policy, w => w.Reopen, on, note: null);
        if (last is not null)
        {
            AttachSpell(new AbsenceSpell(EmployeeId, last.Type, last.Percent, on, null));
        }

        ClosedOn = null;
        CloseReason = null;
        ReturnedOn = null;
    }

    /// <summary>Records the coordination group's decision about the case at its weekly review.</summary>
    public void RecordReview(DateOnly heldOn, Coordination.ReviewDecision decision, string? note, DateOnly? nextReviewOn, ActionStamp stamp)
    {
        if (AnonymisedOn is not null)
        {
            throw new DomainException("An anonymised case is not reviewed.");
        }

        LastReviewedOn = heldOn;
        NextReviewOn = nextReviewOn;
        Record(stamp, "CoordinationReview", Status, Status, note is null ? decision.ToString() : $"{decision}: {note}");
    }

    public PreventionMeasure AddMeasure(MeasureDraft draft, ActionStamp stamp)
    {
        var measure = OpenPlan().Add(draft);
        Record(stamp, "MeasureAdded", Status, Status, draft.Description);
        return measure;
    }

    public void EditMeasure(int measureId, MeasureDraft draft, ActionStamp stamp)
    {
        OpenPlan().Measure(measureId).Edit(draft);
        Record(stamp, "MeasureChanged", Status, Status, draft.Description);
    }

    public void CompleteMeasure(int measureId, DateOnly on, string? outcome, ActionStamp stamp)
    {
        var plan = OpenPlan();
        if (on < plan.AgreedOn || on > stamp.Today)
        {
            throw new DomainException("A measure is followed up on or after the day the plan was agreed, and not in the future.");
        }

        plan.Measure(measureId).Complete(on, outcome);
        Record(stamp, "MeasureCompleted", Status, Status, outcome);
    }

    public void DropMeasure(int measureId, string? outcome, ActionStamp stamp)
    {
        OpenPlan().Measure(measureId).Drop(outcome);
        Record(stamp, "MeasureDropped", Status, Status, outcome);
    }

    /// <summary>
    /// Removes what was written about the employee: notes, conversations, the retention plan and the texts of
    /// the prevention plan. The spells and the dates stay, for the statistics.
    /// </summary>
    public void Anonymise(ActionStamp stamp)
    {
        if (IsOpen || AnonymisedOn is not null)
        {
            throw new DomainException("Only a closed case that is not anonymised yet can be anonymised.");
        }

        _conversations.Clear();
        foreach (var entry in _history)
        {
            entry.RemoveNote();
        }

        foreach (var measure in PreventionPlan?.Measures ?? [])
        {
            measure.Anonymise();
        }

        RetentionPlan = null;
        AnonymisedOn = stamp.Today;
        Record(stamp, "Anonymised", Status, Status, note: null);
    }

    internal static AbsenceCase Blank() => new();

    private PreventionPlan OpenPlan() =>
        IsOpen && PreventionPlan is { } plan ? plan : throw new DomainException("Measures change only on an open case with a prevention plan.");

    internal CaseWorkflow Workflow(DateOnly today, PolicySettings policy) =>
        new(this, () => Status, status => Status = status, today, policy);

    /// <summary>Fires a trigger of the case's workflow and records the transition in the history.</summary>
    private (CaseStatus Source, CaseStatus Destination) Fire<TArg>(
        ActionStamp stamp,
        PolicySettings policy,
        Func<CaseWorkflow, StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<TArg>> trigger,
        TArg argument,
        string? note)
    {
        var workflow = Workflow(stamp.Today, policy);
        var fired = trigger(workflow);
        var transition = workflow.Fire(fired, argument);
        Record(stamp, fired.Trigger.ToString(), transition.Source, transition.Destination, note);
        return transition;
    }

    private void AttachSpell(AbsenceSpell spell)
    {
        spell.AttachTo(Id);
        _spells.Add(spell);
    }

    private void EndOpenSpells(DateOnly lastDay)
    {
        foreach (var spell in _spells.Where(s => s.IsOpen))
        {
            spell.EndOn(lastDay);
        }
    }

    private void Record(ActionStamp stamp, string action, CaseStatus? from, CaseStatus? to, string? note)
    {
        _history.Add(new CaseHistoryEntry(stamp.At, stamp.UserId, stamp.UserName, action, from, to, note));
        Version++;
    }
}

using AbsenceCases.Domain.Absences;

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
    private readonly List<DocumentationRequest> _documentationRequests = [];

    private AbsenceCase()
    {
        ReportedBy = string.Empty;
        RetentionPlan = RetentionPlan.None;
    }

    private AbsenceCase(int employeeId, int unitId, CaseKind kind, DateOnly firstDay, ActionStamp stamp)
        : this()
    {
        Id = Guid.CreateVersion7(stamp.At);
        EmployeeId = employeeId;
        UnitId = unitId;
        Kind = kind;
        Status = CaseStatus.Reported;
        FirstDay = firstDay;
        ReportedAt = stamp.At;
        ReportedBy = stamp.UserId;
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

    public CareContact? CareContact { get; private set; }

    public DateOnly? CoordinationStartedOn { get; private set; }

    /// <summary>The day the absence was reported to the municipality through NemRefusion (sygedagpengeloven § 59).</summary>
    public DateOnly? MunicipalityNotifiedOn { get; private set; }

    public FastTrackRequest? FastTrackRequest { get; private set; }

    public PossibilityStatementRequest? PossibilityStatementRequest { get; private set; }

    public RetentionPlan RetentionPlan { get; private set; }

    public RoundTableMeeting? RoundTableMeeting { get; private set; }

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

    public IReadOnlyCollection<DocumentationRequest> DocumentationRequests => _documentationRequests;

    /// <summary>Some documentation asked for has not come yet.</summary>
    public bool AwaitsDocumentation => _documentationRequests.Any(r => r.IsAwaited);

    public bool IsOpen => Status != CaseStatus.Closed;

    public bool HasOpenSpell => _spells.Any(s => s.IsOpen);

    /// <summary>The day the § 7a conversation was held; kept when the conversations are removed under the retention policy.</summary>
    public DateOnly? FirstConversationHeldOn { get; private set; }

    // The days of the steps, by the names the deadline policy and the case's API read them.
    public DateOnly? CareContactOn => CareContact?.On;

    public DateOnly? FastTrackRequestedOn => FastTrackRequest?.On;

    public DateOnly? PossibilityStatementRequestedOn => PossibilityStatementRequest?.On;

    public DateOnly? RetentionPlanRequestedOn => RetentionPlan.RequestedOn;

    public DateOnly? RetentionPlanMadeOn => RetentionPlan.MadeOn;

    public DateOnly? RoundTableHeldOn => RoundTableMeeting?.HeldOn;

    /// <summary>The first day of the absence still open, or of the case when none is open.</summary>
    public DateOnly OpenAbsenceStart => _spells.Where(s => s.IsOpen).Select(s => (DateOnly?)s.FirstDay).Min() ?? FirstDay;

    /// <summary>Every open spell began before the given day, so that a change of percent from that day leaves each a day at least.</summary>
    internal bool OpenSpellsBeganBefore(DateOnly day) => _spells.Where(s => s.IsOpen).All(s => s.FirstDay < day);

    /// <summary>The last day of absence of the episode, an open absence counting up to the given day.</summary>
    public DateOnly AbsentUntil(DateOnly today) =>
        _spells.Count == 0 ? FirstDay : _spells.Max(s => s.LastDayOr(today));

    /// <summary>The absence covers the first day after the employer period (day 31 by default).</summary>
    public bool PassedEmployerPeriod(DateOnly today, PolicySettings policy) =>
        AbsentUntil(today) >= FirstDay.AddDays(policy.EmployerPeriodDays);

    /// <summary>The expected return is later than 8 weeks after the first sick day.</summary>
    public bool ExpectsLongAbsence(PolicySettings policy) => ExpectedReturn > FirstDay.AddDays(policy.LongAbsenceDays);

    /// <summary>The case calls for a retention plan: a long absence is expected or the employee asked for one.</summary>
    public bool NeedsRetentionPlan(PolicySettings policy) => ExpectsLongAbsence(policy) || RetentionPlan.RequestedOn is not null;

    /// <summary>Calendar days from the first sick day to the last day of absence, both included.</summary>
    public int DaysAbsent(DateOnly today) => AbsentUntil(today).DayNumber - FirstDay.DayNumber + 1;

    /// <summary>Opens a case because the employee's absence pattern hit the frequent-absence trigger.</summary>
    public static AbsenceCase OpenForFrequentAbsence(int employeeId, int unitId, string pattern, ActionStamp stamp)
    {
        var @case = new AbsenceCase(employeeId, unitId, CaseKind.FrequentAbsence, stamp.Today, stamp);
        @case.Record(stamp, CaseHistoryAction.FrequentAbsenceTriggered, null, CaseStatus.Reported, pattern);
        return @case;
    }

    public static AbsenceCase ReportSickCall(int employeeId, int unitId, SickCallDetails details, ActionStamp stamp)
    {
        var @case = new AbsenceCase(employeeId, unitId, CaseKind.SickCall, details.FirstDay, stamp) { ExpectedReturn = details.ExpectedReturn };
        @case.AttachSpell(new AbsenceSpell(employeeId, details.Type, details.Percent, details.FirstDay, null));
        @case.Record(stamp, CaseHistoryAction.SickCallRegistered, null, CaseStatus.Reported, details.Note);
        return @case;
    }

    public IReadOnlyList<CaseTrigger> PermittedTriggers(DateOnly today, PolicySettings policy) =>
        Workflow(today, policy).PermittedTriggers;

    /// <summary>A new sick call for an employee whose case is open adds a spell to that case.</summary>
    public void AddSpell(SickCallDetails details, ActionStamp stamp)
    {
        if (!IsOpen)
        {
            throw new DomainException(CaseCodes.ClosedTakesNoAbsence);
        }

        if (_spells.Any(s => s.Type == details.Type && (s.IsOpen || s.LastDay >= details.FirstDay)))
        {
            throw new DomainException(CaseCodes.AlreadyAbsent, ("type", details.Type), ("from", details.FirstDay));
        }

        AttachSpell(new AbsenceSpell(EmployeeId, details.Type, details.Percent, details.FirstDay, null));
        ExpectedReturn = details.ExpectedReturn ?? ExpectedReturn;
        ReturnedOn = null;
        Record(stamp, CaseHistoryAction.SpellAdded, Status, Status, details.Note);
    }

    public void RecordCareContact(DateOnly on, string? note, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.RecordCareContact, on, note, stamp, policy, _ => CareContact = new CareContact(on));

    public void HoldFirstConversation(FirstConversationDetails details, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.HoldFirstConversation, details.HeldOn, details.Note, stamp, policy, _ =>
        {
            _conversations.Add(new Conversation(details.HeldOn, details.Form, details.Note, details.Requests));
            FirstConversationHeldOn ??= details.HeldOn;
            ExpectedReturn = details.ExpectedReturn ?? ExpectedReturn;
            if (details.Requests.RetentionPlan)
            {
                RetentionPlan = RetentionPlan.AskedFor(details.HeldOn);
            }

            if (details.Requests.FastTrack)
            {
                FastTrackRequest ??= new FastTrackRequest(details.HeldOn);
            }

            if (details.Requests.PossibilityStatement)
            {
                PossibilityStatementRequest = new PossibilityStatementRequest(details.HeldOn);
            }
        });

    /// <summary>The employee asked for a retention plan (sygedagpengeloven § 7b) outside the first conversation.</summary>
    public void RecordRetentionPlanRequest(DateOnly on, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.RecordRetentionPlanRequest, on, null, stamp, policy, _ => RetentionPlan = RetentionPlan.AskedFor(on));

    public void RequestPossibilityStatement(DateOnly on, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.RequestPossibilityStatement, on, null, stamp, policy, _ => PossibilityStatementRequest = new PossibilityStatementRequest(on));

    /// <summary>Documentation was asked of the doctor; without a date it is expected by the policy's default for its kind.</summary>
    public void RequestDocumentation(DocumentationKind kind, DateOnly requestedOn, DateOnly? expectedBy, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.RequestDocumentation, requestedOn, null, stamp, policy, _ => _documentationRequests.Add(
            new DocumentationRequest(kind, requestedOn, expectedBy ?? requestedOn.AddDays(policy.DocumentationDays(kind)))));

    /// <summary>The documentation asked for came, also after the case closed; its cost, when known, is recorded with it.</summary>
    public void RecordDocumentationReceived(int requestId, DateOnly receivedOn, decimal? costDkk, ActionStamp stamp, PolicySettings policy)
    {
        var request = _documentationRequests.SingleOrDefault(r => r.Id == requestId)
                      ?? throw new DomainException(CaseCodes.NoSuchDocumentationRequest, ("requestId", requestId));
        request.CheckReceipt(receivedOn);
        Fire(CaseTrigger.RecordDocumentationReceived, receivedOn, null, stamp, policy, _ => request.Receive(receivedOn, costDkk));
    }

    public void NotifyMunicipality(DateOnly on, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.NotifyMunicipality, on, null, stamp, policy, _ => MunicipalityNotifiedOn = on);

    public void RequestFastTrack(DateOnly on, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.RequestFastTrack, on, null, stamp, policy, _ => FastTrackRequest = new FastTrackRequest(on));

    /// <summary>Records the retention plan made with the employee; a later plan replaces it.</summary>
    public void MakeRetentionPlan(RetentionPlanDetails plan, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.MakeRetentionPlan, plan.MadeOn, null, stamp, policy, _ => RetentionPlan = RetentionPlan.Made(plan));

    public void HoldRoundTableMeeting(DateOnly heldOn, string? note, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.HoldRoundTableMeeting, heldOn, note, stamp, policy, _ => RoundTableMeeting = new RoundTableMeeting(heldOn));

    public void StartCoordination(DateOnly startedOn, string? reason, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.StartCoordination, startedOn, reason, stamp, policy, _ => CoordinationStartedOn = startedOn);

    public void AgreePreventionPlan(PlanProposal proposal, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.AgreePreventionPlan, proposal, null, stamp, policy, _ =>
            PreventionPlan = new PreventionPlan(proposal.AgreedOn, proposal.Measures));

    /// <summary>
    /// Registers a gradual return (delvis raskmelding): from the given day the employee is absent only the given percent
    /// of the time. Each open spell ends the day before and one at the new percent begins that day, so that the absence
    /// stays one period; a later step changes the percent again and <see cref="RegisterReturn"/> ends it.
    /// </summary>
    public void RegisterGradualReturn(DateOnly from, int percent, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.RegisterGradualReturn, from, null, stamp, policy, _ =>
        {
            foreach (var spell in _spells.Where(s => s.IsOpen).ToList())
            {
                spell.EndOn(from.AddDays(-1));
                AttachSpell(new AbsenceSpell(EmployeeId, spell.Type, percent, from, null));
            }
        });

    /// <summary>
    /// Registers the first day back at work; the open absence ends the day before. A case still in
    /// Reported is closed as ReturnedToWork; a later case stays open until it is closed after follow-up.
    /// </summary>
    public void RegisterReturn(DateOnly returnedOn, ActionStamp stamp, PolicySettings policy) =>
        Fire(CaseTrigger.RegisterReturn, returnedOn, null, stamp, policy, destination =>
        {
            EndOpenSpells(returnedOn.AddDays(-1));
            ReturnedOn = returnedOn;
            if (destination == CaseStatus.Closed)
            {
                ClosedOn = returnedOn;
                CloseReason = Cases.CloseReason.ReturnedToWork;
            }
        });

    public void Close(DateOnly closedOn, CloseReason reason, string? note, ActionStamp stamp, PolicySettings policy)
    {
        var returnDate = ReturnedOn ?? closedOn;
        Fire(CaseTrigger.Close, new CaseClosing(closedOn, reason, returnDate), note, stamp, policy, _ =>
        {
            var returned = reason == Cases.CloseReason.ReturnedToWork;
            EndOpenSpells(returned ? returnDate.AddDays(-1) : closedOn);
            ReturnedOn = returned ? returnDate : ReturnedOn;
            ClosedOn = closedOn;
            CloseReason = reason;
        });
    }

    /// <summary>A relapse within the reopening period continues the episode with a new spell from the given day.</summary>
    public void Reopen(DateOnly on, ActionStamp stamp, PolicySettings policy)
    {
        var last = _spells.MaxBy(s => s.FirstDay);
        if (last?.LastDay >= on)
        {
            throw new DomainException(CaseCodes.AbsenceAlreadyCovers, ("day", on));
        }

        Fire(CaseTrigger.Reopen, on, null, stamp, policy, _ =>
        {
            if (last is not null)
            {
                AttachSpell(new AbsenceSpell(EmployeeId, last.Type, last.Percent, on, null));
            }

            ClosedOn = null;
            CloseReason = null;
            ReturnedOn = null;
        });
    }

    /// <summary>Records the coordination group's decision about the case at its weekly review.</summary>
    public void RecordReview(DateOnly heldOn, Coordination.ReviewDecision decision, string? note, DateOnly? nextReviewOn, ActionStamp stamp)
    {
        if (AnonymisedOn is not null)
        {
            throw new DomainException(CaseCodes.AnonymisedNotReviewed);
        }

        LastReviewedOn = heldOn;
        NextReviewOn = nextReviewOn;
        Record(stamp, CaseHistoryAction.CoordinationReview, Status, Status, note is null ? decision.ToString() : $"{decision}: {note}");
    }

    public PreventionMeasure AddMeasure(MeasureDraft draft, ActionStamp stamp)
    {
        var measure = OpenPlan().Add(draft);
        Record(stamp, CaseHistoryAction.MeasureAdded, Status, Status, draft.Description);
        return measure;
    }

    public void EditMeasure(int measureId, MeasureDraft draft, ActionStamp stamp)
    {
        OpenPlan().Measure(measureId).Edit(draft);
        Record(stamp, CaseHistoryAction.MeasureChanged, Status, Status, draft.Description);
    }

    public void CompleteMeasure(int measureId, DateOnly on, string? outcome, ActionStamp stamp)
    {
        var plan = OpenPlan();
        if (on < plan.AgreedOn || on > stamp.Today)
        {
            throw new DomainException(CaseCodes.FollowUpOutsidePlan);
        }

        plan.Measure(measureId).Complete(on, outcome);
        Record(stamp, CaseHistoryAction.MeasureCompleted, Status, Status, outcome);
    }

    public void DropMeasure(int measureId, string? outcome, ActionStamp stamp)
    {
        OpenPlan().Measure(measureId).Drop(outcome);
        Record(stamp, CaseHistoryAction.MeasureDropped, Status, Status, outcome);
    }

    /// <summary>
    /// Removes what was written about the employee: notes, conversations, documentation requests, the retention plan
    /// and the texts of the prevention plan. The spells and the dates stay, for the statistics.
    /// </summary>
    public void Anonymise(ActionStamp stamp)
    {
        if (IsOpen || AnonymisedOn is not null)
        {
            throw new DomainException(CaseCodes.AnonymiseOnlyClosed);
        }

        _conversations.Clear();
        _documentationRequests.Clear();
        foreach (var entry in _history)
        {
            entry.RemoveNote();
        }

        foreach (var measure in PreventionPlan?.Measures ?? [])
        {
            measure.Anonymise();
        }

        RetentionPlan = RetentionPlan.Anonymised();
        AnonymisedOn = stamp.Today;
        Record(stamp, CaseHistoryAction.Anonymised, Status, Status, note: null);
    }

    internal static AbsenceCase Blank() => new();

    private PreventionPlan OpenPlan() =>
        IsOpen && PreventionPlan is { } plan ? plan : throw new DomainException(CaseCodes.MeasuresOnlyOnOpenPlan);

    internal CaseWorkflow Workflow(DateOnly today, PolicySettings policy) =>
        new(this, () => Status, status => Status = status, today, policy);

    /// <summary>
    /// The one path of every workflow action: fires the trigger (or refuses it), stamps what the action changes on the
    /// case, given the state it led to, and records the transition in the history.
    /// </summary>
    private void Fire<TArg>(CaseTrigger trigger, TArg argument, string? note, ActionStamp stamp, PolicySettings policy, Action<CaseStatus> stampChanges)
    {
        var (source, destination) = Workflow(stamp.Today, policy).Fire(trigger, argument);
        stampChanges(destination);
        Record(stamp, Enum.Parse<CaseHistoryAction>(trigger.ToString()), source, destination, note);
    }

    /// <summary>The dated actions: a trigger's argument is nullable, for Stateless to judge the guards without one.</summary>
    private void Fire(CaseTrigger trigger, DateOnly day, string? note, ActionStamp stamp, PolicySettings policy, Action<CaseStatus> stampChanges) =>
        Fire<DateOnly?>(trigger, day, note, stamp, policy, stampChanges);

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

    private void Record(ActionStamp stamp, CaseHistoryAction action, CaseStatus? from, CaseStatus? to, string? note)
    {
        _history.Add(new CaseHistoryEntry(stamp.At, stamp.UserId, stamp.UserName, action, from, to, note));
        Version++;
    }
}

namespace AbsenceCases.Domain.Tests.Support;

/// <summary>
/// Reports a sick call on a given first day and walks the case to a given state through the public API.
/// The walk holds the first conversation on first day + 7, starts coordination on first day + 10 and
/// agrees the prevention plan on first day + 14, each acting on that same day; a test acting on or after
/// first day + 14 therefore acts after the whole walk.
/// </summary>
internal sealed class CaseBuilder
{
    public const int EmployeeId = 42;
    public const int UnitId = 7;
    public const int ConversationOffset = 7;
    public const int CoordinationOffset = 10;
    public const int PlanOffset = 14;

    private readonly DateOnly _firstDay;
    private AbsenceType _type = AbsenceType.OwnIllness;
    private int _percent = 100;
    private CaseStatus _walkTo = CaseStatus.Reported;
    private DateOnly? _expectedReturn;
    private DateOnly? _careContactOn;
    private (DateOnly On, CloseReason Reason)? _closing;
    private PolicySettings _policy = new();

    private CaseBuilder(DateOnly firstDay) => _firstDay = firstDay;

    public static CaseBuilder SickCallFrom(DateOnly firstDay) => new(firstDay);

    public CaseBuilder OfType(AbsenceType type, int percent)
    {
        _type = type;
        _percent = percent;
        return this;
    }

    /// <summary>The first day back at work the manager expects when the sick call is reported.</summary>
    public CaseBuilder ExpectingReturnOn(DateOnly expectedReturn)
    {
        _expectedReturn = expectedReturn;
        return this;
    }

    public CaseBuilder WithCareContactOn(DateOnly on)
    {
        _careContactOn = on;
        return this;
    }

    /// <summary>Walks the case to an open state: Reported, FirstConversation, Coordination or PreventionPlan.</summary>
    public CaseBuilder WalkedTo(CaseStatus status)
    {
        if (status == CaseStatus.Closed)
        {
            throw new ArgumentException("Use ClosedOn to build a closed case.", nameof(status));
        }

        _walkTo = status;
        return this;
    }

    /// <summary>After the walk, closes the case on the given day (acting on that day).</summary>
    public CaseBuilder ClosedOn(DateOnly on, CloseReason reason)
    {
        _closing = (on, reason);
        return this;
    }

    public CaseBuilder UnderPolicy(PolicySettings policy)
    {
        _policy = policy;
        return this;
    }

    public AbsenceCase Build()
    {
        var @case = AbsenceCase.ReportSickCall(
            EmployeeId, UnitId, new SickCallDetails(_firstDay, _type, _percent, _expectedReturn, null), Stamps.On(_firstDay));

        if (_careContactOn is { } careContactOn)
        {
            @case.RecordCareContact(careContactOn, null, Stamps.On(careContactOn), _policy);
        }

        if (_walkTo >= CaseStatus.FirstConversation)
        {
            var heldOn = _firstDay.AddDays(ConversationOffset);
            @case.HoldFirstConversation(
                new FirstConversationDetails(heldOn, ConversationForm.InPerson, null, null, default),
                Stamps.On(heldOn),
                _policy);
        }

        if (_walkTo >= CaseStatus.Coordination)
        {
            var startedOn = _firstDay.AddDays(CoordinationOffset);
            @case.StartCoordination(startedOn, null, Stamps.On(startedOn), _policy);
        }

        if (_walkTo >= CaseStatus.PreventionPlan)
        {
            var agreedOn = _firstDay.AddDays(PlanOffset);
            @case.AgreePreventionPlan(
                Plans.Proposal(agreedOn, Plans.CompleteMeasure(agreedOn.AddDays(28))), Stamps.On(agreedOn), _policy);
        }

        if (_closing is { } closing)
        {
            @case.Close(closing.On, closing.Reason, null, Stamps.On(closing.On), _policy);
        }

        return @case;
    }
}

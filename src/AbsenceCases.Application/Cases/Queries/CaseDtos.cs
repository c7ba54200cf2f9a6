namespace AbsenceCases.Application.Cases.Queries;

public sealed record EmployeeRef(int Id, string EmployeeNumber, string Name);

public sealed record DeadlineDto(DeadlineKind Kind, DateOnly DueDate, DeadlineStatus Status, DateOnly? MetOn, string Basis, int? MeasureId);

public sealed record SpellDto
{
    public int Id { get; init; }

    public Domain.Absences.AbsenceType AbsenceType { get; init; }

    public int Percent { get; init; }

    public DateOnly FirstDay { get; init; }

    public DateOnly? LastDay { get; init; }
}

public sealed record ConversationDto
{
    public DateOnly HeldOn { get; init; }

    public ConversationForm Form { get; init; }

    public string? Note { get; init; }

    public bool PossibilityStatementRequested { get; init; }

    public bool RetentionPlanRequested { get; init; }

    public bool FastTrackRequested { get; init; }
}

public sealed record DocumentationRequestDto
{
    public int Id { get; init; }

    public DocumentationKind Kind { get; init; }

    public DateOnly RequestedOn { get; init; }

    public DateOnly ExpectedBy { get; init; }

    public DateOnly? ReceivedOn { get; init; }

    public decimal? CostDkk { get; init; }
}

public sealed record HistoryEntryDto
{
    public DateTimeOffset At { get; init; }

    public CaseHistoryAction Action { get; init; }

    public CaseStatus? From { get; init; }

    public CaseStatus? To { get; init; }

    public string ByName { get; init; } = string.Empty;

    public string? Note { get; init; }
}

public sealed record MeasureDto
{
    public int Id { get; init; }

    public string Description { get; init; } = string.Empty;

    public string Responsible { get; init; } = string.Empty;

    public string? ResponsibleUserId { get; init; }

    public DateOnly FollowUpOn { get; init; }

    public MeasureStatus Status { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public string? OutcomeNote { get; init; }
}

public sealed record PreventionPlanDto
{
    public DateOnly AgreedOn { get; init; }

    public IReadOnlyList<MeasureDto> Measures { get; init; } = [];
}

/// <summary>One case with everything the case page shows.</summary>
public sealed record CaseDetails
{
    public Guid Id { get; init; }

    public EmployeeRef Employee { get; init; } = null!;

    public int UnitId { get; init; }

    public string UnitName { get; init; } = string.Empty;

    public CaseKind Kind { get; init; }

    public CaseStatus Status { get; init; }

    public DateOnly FirstDay { get; init; }

    public DateOnly? ExpectedReturn { get; init; }

    public int DaysAbsent { get; init; }

    public DateTimeOffset ReportedAt { get; init; }

    public DateOnly? CareContactOn { get; init; }

    public DateOnly? CoordinationStartedOn { get; init; }

    public DateOnly? MunicipalityNotifiedOn { get; init; }

    public DateOnly? FastTrackRequestedOn { get; init; }

    public DateOnly? PossibilityStatementRequestedOn { get; init; }

    public DateOnly? RetentionPlanRequestedOn { get; init; }

    public DateOnly? RetentionPlanMadeOn { get; init; }

    public string? RetentionPlan { get; init; }

    public DateOnly? RoundTableHeldOn { get; init; }

    public DateOnly? LastReviewedOn { get; init; }

    public DateOnly? NextReviewOn { get; init; }

    public DateOnly? AnonymisedOn { get; init; }

    public DateOnly? ReturnedOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public CloseReason? CloseReason { get; init; }

    public int Version { get; init; }

    public IReadOnlyList<SpellDto> Spells { get; init; } = [];

    public IReadOnlyList<DeadlineDto> Deadlines { get; init; } = [];

    public IReadOnlyList<CaseTrigger> PermittedActions { get; init; } = [];

    public IReadOnlyList<HistoryEntryDto> History { get; init; } = [];

    public IReadOnlyList<ConversationDto> Conversations { get; init; } = [];

    public IReadOnlyList<DocumentationRequestDto> DocumentationRequests { get; init; } = [];

    public PreventionPlanDto? PreventionPlan { get; init; }

    /// <summary>The employee's frequent-absence figures and Bradford factor; only for managers, coordinators and HR.</summary>
    public Absences.AbsencePatternDto? AbsencePattern { get; init; }
}

/// <summary>One case as a list shows it.</summary>
public sealed record CaseSummary(
    Guid Id,
    EmployeeRef Employee,
    int UnitId,
    CaseStatus Status,
    CaseKind Kind,
    DateOnly FirstDay,
    int DaysAbsent,
    DeadlineDto? NextDeadline);

public sealed record CaseList(IReadOnlyList<CaseSummary> Items, int Total) : ICasesResponse, IEmployeesResponse
{
    IReadOnlyList<Guid> ICasesResponse.CaseIds => Items.Select(i => i.Id).ToList();

    IReadOnlyList<int> IEmployeesResponse.EmployeeIds => Items.Select(i => i.Employee.Id).ToList();
}

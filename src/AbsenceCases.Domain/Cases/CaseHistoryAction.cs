namespace AbsenceCases.Domain.Cases;

/// <summary>
/// What a line of a case's history records: a fired trigger (by the trigger's name) or another event of the case.
/// Stored by name.
/// </summary>
public enum CaseHistoryAction
{
    SickCallRegistered,
    SpellAdded,
    FrequentAbsenceTriggered,
    RecordCareContact,
    NotifyMunicipality,
    RequestFastTrack,
    MakeRetentionPlan,
    RecordRetentionPlanRequest,
    RequestPossibilityStatement,
    RequestDocumentation,
    RecordDocumentationReceived,
    HoldRoundTableMeeting,
    HoldFirstConversation,
    StartCoordination,
    AgreePreventionPlan,
    RegisterGradualReturn,
    RegisterReturn,
    Close,
    Reopen,
    CoordinationReview,
    MeasureAdded,
    MeasureChanged,
    MeasureCompleted,
    MeasureDropped,
    Anonymised,
}

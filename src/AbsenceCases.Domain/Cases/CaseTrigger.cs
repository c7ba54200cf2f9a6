namespace AbsenceCases.Domain.Cases;

/// <summary>
/// What can happen to a case. The recording triggers (care contact, municipality notification, fast track,
/// retention plan and the request for one, possibility statement, documentation requests and their receipt,
/// round-table meeting) and the gradual return keep the state, as RegisterReturn does after the first state.
/// </summary>
public enum CaseTrigger
{
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
}

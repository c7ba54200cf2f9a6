namespace AbsenceCases.Domain.Cases;

/// <summary>What can happen to a case. RecordCareContact, and RegisterReturn after the first state, keep the state.</summary>
public enum CaseTrigger
{
    RecordCareContact,
    HoldFirstConversation,
    StartCoordination,
    AgreePreventionPlan,
    RegisterReturn,
    Close,
    Reopen,
}

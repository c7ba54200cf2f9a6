namespace AbsenceCases.Domain.Coordination;

/// <summary>What the coordination group decided about a case at its weekly review.</summary>
public enum ReviewDecision
{
    ContinueMonitoring,
    StartCoordination,
    AgreePreventionPlan,
    RequestPossibilityStatement,
    ReferToOccupationalHealth,
    RoundTableMeeting,
    Close,
}

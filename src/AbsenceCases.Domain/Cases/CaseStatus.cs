namespace AbsenceCases.Domain.Cases;

/// <summary>The states of an absence case, in the order a case usually moves through them.</summary>
public enum CaseStatus
{
    Reported,
    FirstConversation,
    Coordination,
    PreventionPlan,
    Closed,
}

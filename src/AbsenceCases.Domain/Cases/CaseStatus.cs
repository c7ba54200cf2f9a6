namespace AbsenceCases.Domain.Cases;

/// <summary>The states of an absence case, in the order a case usually moves through them.</summary>
public enum CaseStatus
{
    Reported,
    FirstConversation,
    Coordination,
    PreventionPlan,
    Closed,

    /// <summary>
    /// The superstate of the four open states, where the workflow says once what every open case allows.
    /// No case is ever in it; as a list filter it means any open state.
    /// </summary>
    Open,
}

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>What a workplace does after a measurement's results are published, each by a deadline of its own.</summary>
public enum FollowUpStep
{
    /// <summary>The results discussed in the team.</summary>
    TeamDiscussion,

    /// <summary>The results discussed in the local MED committee.</summary>
    MedDiscussion,

    /// <summary>The results discussed in the leadership group.</summary>
    LeadershipDiscussion,

    /// <summary>An action plan with measures agreed.</summary>
    ActionPlan,

    /// <summary>A measure of the action plan followed up on its date.</summary>
    MeasureFollowUp,
}

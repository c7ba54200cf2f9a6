namespace AbsenceCases.Domain.Prevention;

public enum InitiativeType
{
    /// <summary>An offer for workplaces with high emotional demands.</summary>
    EmotionalDemandsOffer,

    /// <summary>A work-environment assessment (arbejdspladsvurdering, APV).</summary>
    WorkEnvironmentAssessment,

    LeadershipTraining,

    Other,
}

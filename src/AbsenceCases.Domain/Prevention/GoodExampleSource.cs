namespace AbsenceCases.Domain.Prevention;

/// <summary>What a good example tells of: a prevention initiative, or a workplace's follow-up of a wellbeing measurement.</summary>
public enum GoodExampleSource
{
    Initiative,
    FollowUp,
}

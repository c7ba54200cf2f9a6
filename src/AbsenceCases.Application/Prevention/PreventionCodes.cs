namespace AbsenceCases.Application.Prevention;

/// <summary>Why a prevention initiative is refused.</summary>
[MessageCodes]
public static class PreventionCodes
{
    public const string InitiativeNeedsWorkplace = "prevention.initiativeNeedsWorkplace";
    public const string InitiativeCannotMove = "prevention.initiativeCannotMove";
    public const string EndBeforeStart = "prevention.endBeforeStart";
}

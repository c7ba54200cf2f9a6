namespace AbsenceCases.Application.Coordination;

/// <summary>Why a coordination group or a review is refused.</summary>
[MessageCodes]
public static class CoordinationCodes
{
    public const string AttendeeRequired = "coordination.attendeeRequired";
    public const string CaseRequired = "coordination.caseRequired";
    public const string CaseNamedTwice = "coordination.caseNamedTwice";
    public const string WorkplaceRequired = "coordination.workplaceRequired";
    public const string WorkplaceNamedTwice = "coordination.workplaceNamedTwice";
    public const string NextReviewAfter = "coordination.nextReviewAfter";
    public const string CloseReasonRequired = "coordination.closeReasonRequired";
    public const string PlanMeasuresRequired = "coordination.planMeasuresRequired";
    public const string CaseNotInGroup = "coordination.caseNotInGroup";
    public const string GroupNameTaken = "coordination.groupNameTaken";
    public const string ReviewCaseChanged = "coordination.reviewCaseChanged";
}

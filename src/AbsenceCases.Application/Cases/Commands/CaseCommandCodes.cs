namespace AbsenceCases.Application.Cases.Commands;

/// <summary>Why a case action is refused before the case itself is asked.</summary>
[MessageCodes]
public static class CaseCommandCodes
{
    public const string OtherOpenCase = "caseCommand.otherOpenCase";
    public const string ReturnAfterConversation = "caseCommand.returnAfterConversation";
    public const string MeasureRequired = "caseCommand.measureRequired";
    public const string FollowUpBeforeAgreed = "caseCommand.followUpBeforeAgreed";
    public const string ResponsibleMayNotRead = "caseCommand.responsibleMayNotRead";
}

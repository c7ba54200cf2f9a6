namespace AbsenceCases.Application.Coordination;

/// <summary>The reasons a case is on the weekly board.</summary>
[MessageCodes]
public static class BoardCodes
{
    public const string OverdueDeadline = "board.overdueDeadline";
    public const string DueDeadline = "board.dueDeadline";
    public const string LongAbsence = "board.longAbsence";
    public const string FrequentAbsence = "board.frequentAbsence";
    public const string ReviewDue = "board.reviewDue";
    public const string InCoordination = "board.inCoordination";
    public const string PlanFollowUp = "board.planFollowUp";
    public const string ReturnedRecently = "board.returnedRecently";
}

using AbsenceCases.Application.Cases.Queries;

namespace AbsenceCases.Application.Coordination;

/// <summary>Why a case is on the weekly board, most urgent first.</summary>
public enum BoardReasonCode
{
    OverdueDeadline,
    DueDeadline,
    LongAbsence,
    FrequentAbsence,
    ReviewDue,
    InCoordination,
    PlanFollowUp,
    ReturnedRecently,
}

/// <summary>A reason with the deadline and date it is about, if any.</summary>
public sealed record BoardReason(BoardReasonCode Code, DeadlineKind? Deadline, DateOnly? DueDate)
{
    /// <summary>The reason as the board and the agenda e-mail word it.</summary>
    public MessageCode Message => Code switch
    {
        BoardReasonCode.OverdueDeadline => new(BoardCodes.OverdueDeadline, ("deadline", Deadline!), ("dueDate", DueDate!)),
        BoardReasonCode.DueDeadline => new(BoardCodes.DueDeadline, ("deadline", Deadline!), ("dueDate", DueDate!)),
        BoardReasonCode.ReviewDue => new(BoardCodes.ReviewDue, ("deadline", Deadline!), ("dueDate", DueDate!)),
        BoardReasonCode.LongAbsence => new(BoardCodes.LongAbsence, ("days", CoordinationBoard.LongAbsenceDays)),
        BoardReasonCode.FrequentAbsence => new(BoardCodes.FrequentAbsence),
        BoardReasonCode.InCoordination => new(BoardCodes.InCoordination),
        BoardReasonCode.PlanFollowUp => new(BoardCodes.PlanFollowUp),
        BoardReasonCode.ReturnedRecently => new(BoardCodes.ReturnedRecently, ("returnedOn", DueDate!)),
        _ => throw new ArgumentOutOfRangeException(nameof(Code), Code, null),
    };
}

public sealed record BoardItem(
    Guid CaseId, EmployeeRef Employee, int UnitId, CaseStatus Status, int DaysAbsent, IReadOnlyList<BoardReason> Reasons, DeadlineDto? NextDeadline);

public sealed record Board(int GroupId, DateOnly On, IReadOnlyList<BoardItem> Items) : ICasesResponse
{
    public IReadOnlyList<Guid> CaseIds => Items.Select(i => i.CaseId).ToList();
}

using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Common.Security;
using AbsenceCases.Domain.Cases;

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
    ReturnedRecently,
}

public sealed record BoardReason(BoardReasonCode Code, DeadlineKind? Deadline, DateOnly? DueDate, string Text);

public sealed record BoardItem(
    Guid CaseId, EmployeeRef Employee, int UnitId, CaseStatus Status, int DaysAbsent, IReadOnlyList<BoardReason> Reasons, DeadlineDto? NextDeadline);

public sealed record Board(int GroupId, DateOnly On, IReadOnlyList<BoardItem> Items) : ICasesResponse
{
    public IReadOnlyList<Guid> CaseIds => Items.Select(i => i.CaseId).ToList();
}

using AbsenceCases.Application.Cases;
using AbsenceCases.Application.Cases.Queries;
using AutoMapper;

namespace AbsenceCases.Application.Coordination;

/// <summary>
/// The weekly review agenda of a coordination group: every case of its workplaces (where its employee is today) that needs the group, with
/// its reasons — overdue or due deadlines, a long absence not yet in coordination, the frequent-absence
/// trigger, coordination or a plan under way (reviewed weekly), a return within the last 14 days — most urgent first.
/// </summary>
public sealed class CoordinationBoard(IApplicationDbContext db, DeadlinePolicy policy, IMapper mapper)
{
    public const int LongAbsenceDays = 28;
    public const int FollowUpDays = 14;

    public async Task<Board> ForGroupAsync(int groupId, IReadOnlyCollection<int> unitIds, DateOnly today, CancellationToken cancellationToken)
    {
        var returnedSince = today.AddDays(-FollowUpDays);
        var scope = new EmployeeScope(UnitScope.Of(unitIds), today, policy.Settings.ScopeAfterLeavingDays);
        var cases = await scope.Filter(db.Cases.AsNoTracking(), db.Employees).WithWorkflowData()
            .Where(c => c.AnonymisedOn == null)
            .Where(c => c.Status != CaseStatus.Closed || c.ReturnedOn >= returnedSince)
            .ToListAsync(cancellationToken);
        var employeeIds = cases.Select(c => c.EmployeeId).Distinct().ToList();
        var employees = await db.Employees.AsNoTracking().Include(e => e.Employments)
            .Where(e => employeeIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);

        var items = cases
            .Select(c => (Case: c, Deadlines: policy.DeadlinesOf(c, today)))
            .Select(x => (x.Case, x.Deadlines, Reasons: ReasonsFor(x.Case, x.Deadlines, today)))
            .Where(x => x.Reasons.Count > 0)
            .OrderBy(x => x.Reasons.Min(r => r.Code))
            .ThenBy(x => x.Reasons.Min(r => r.DueDate) ?? DateOnly.MaxValue)
            .ThenByDescending(x => x.Case.DaysAbsent(today))
            .Select(x => new BoardItem(
                x.Case.Id,
                new EmployeeRef(x.Case.EmployeeId, employees[x.Case.EmployeeId].EmployeeNumber, employees[x.Case.EmployeeId].Name),
                CaseUnit.Of(x.Case, employees[x.Case.EmployeeId], today),
                x.Case.Status,
                x.Case.DaysAbsent(today),
                x.Reasons,
                mapper.Map<DeadlineDto?>(x.Deadlines.FirstOrDefault(d => !d.IsMet))))
            .ToList();
        return new Board(groupId, today, items);
    }

    private static List<BoardReason> ReasonsFor(AbsenceCase @case, IReadOnlyList<Deadline> deadlines, DateOnly today)
    {
        var reasons = new List<BoardReason>();
        foreach (var deadline in deadlines.Where(d => d.Status is DeadlineStatus.Overdue or DeadlineStatus.Due))
        {
            var code = deadline.Kind == DeadlineKind.CoordinationReview ? BoardReasonCode.ReviewDue
                : deadline.Status == DeadlineStatus.Overdue ? BoardReasonCode.OverdueDeadline
                : BoardReasonCode.DueDeadline;
            reasons.Add(new BoardReason(code, deadline.Kind, deadline.DueDate));
        }

        if (@case.Status is CaseStatus.Reported or CaseStatus.FirstConversation && @case.HasOpenSpell && @case.DaysAbsent(today) > LongAbsenceDays)
        {
            reasons.Add(new BoardReason(BoardReasonCode.LongAbsence, null, null));
        }

        if (@case.Kind == CaseKind.FrequentAbsence && @case.IsOpen)
        {
            reasons.Add(new BoardReason(BoardReasonCode.FrequentAbsence, null, null));
        }

        if (@case.Status is CaseStatus.Coordination or CaseStatus.PreventionPlan)
        {
            reasons.Add(new BoardReason(
                @case.Status == CaseStatus.Coordination ? BoardReasonCode.InCoordination : BoardReasonCode.PlanFollowUp, null, null));
        }

        if (@case.ReturnedOn is { } returned && returned >= today.AddDays(-FollowUpDays) && returned <= today)
        {
            reasons.Add(new BoardReason(BoardReasonCode.ReturnedRecently, null, returned));
        }

        return reasons;
    }
}

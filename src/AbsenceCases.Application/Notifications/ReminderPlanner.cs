using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>One reminder to send: a deadline of a case at a stage, to the people who should hear of it.</summary>
public sealed record PlannedReminder(AbsenceCase Case, Deadline Deadline, ReminderStage Stage, IReadOnlyList<string> Recipients);

/// <summary>
/// Decides the reminders a case's deadlines call for today: within the lead time a reminder to the person
/// responsible; once overdue, to the person responsible and the coordination group; and after the escalation
/// period also to HR, or first to the unit's contact person and to HR at large some days later; a late
/// documentation request only once, to the person responsible. Nobody responsible falls back to the group, and no
/// group to HR.
/// </summary>
public static class ReminderPlanner
{
    public static IEnumerable<PlannedReminder> Plan(
        AbsenceCase @case, IEnumerable<Deadline> deadlines, Responsibilities people, DateOnly today, PolicySettings policy)
    {
        foreach (var deadline in deadlines.Where(d => d.Status is DeadlineStatus.Due or DeadlineStatus.Overdue))
        {
            var responsible = Responsible(@case, deadline, people);
            if (deadline.Kind == DeadlineKind.DocumentationRequest)
            {
                // The doctor owes the documentation: the manager is told once, when it is late, to chase it.
                if (deadline.Status == DeadlineStatus.Overdue)
                {
                    yield return new PlannedReminder(@case, deadline, ReminderStage.Overdue, responsible);
                }

                continue;
            }

            if (deadline.Status == DeadlineStatus.Due)
            {
                yield return new PlannedReminder(@case, deadline, ReminderStage.Due, responsible);
                continue;
            }

            yield return new PlannedReminder(
                @case, deadline, ReminderStage.Overdue, responsible.Union(people.GroupMembersOf(@case.UnitId)).ToList());
            foreach (var (stage, recipients) in OverdueEscalation.Of(deadline.DueDate, @case.UnitId, people, today, policy))
            {
                yield return new PlannedReminder(@case, deadline, stage, recipients);
            }
        }
    }

    private static IReadOnlyList<string> Responsible(AbsenceCase @case, Deadline deadline, Responsibilities people)
    {
        var measureOwner = deadline.MeasureId is { } measureId
            ? @case.PreventionPlan?.Measures.SingleOrDefault(m => m.Id == measureId)?.ResponsibleUserId
            : null;
        IReadOnlyList<string> responsible = measureOwner is not null ? [measureOwner]
            : deadline.Kind == DeadlineKind.CoordinationReview ? people.GroupMembersOf(@case.UnitId)
            : people.ManagersOf(@case.UnitId);
        if (responsible.Count == 0)
        {
            responsible = people.GroupMembersOf(@case.UnitId);
        }

        return responsible.Count == 0 ? people.Hr : responsible;
    }
}

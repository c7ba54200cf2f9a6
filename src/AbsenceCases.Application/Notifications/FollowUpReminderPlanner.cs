using AbsenceCases.Domain.Notifications;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Application.Notifications;

/// <summary>One reminder to send: a deadline of a workplace's follow-up of a measurement at a stage, to the people who should hear of it.</summary>
public sealed record PlannedFollowUpReminder(int MeasurementId, int UnitId, FollowUpDeadline Deadline, ReminderStage Stage, IReadOnlyList<string> Recipients)
{
    public FollowUpReminder Record(string recipient, DateTimeOffset now) =>
        new(MeasurementId, UnitId, Deadline.Step, Deadline.MeasureId, Deadline.DueDate, recipient, Stage, now);
}

/// <summary>
/// Decides the reminders a workplace's follow-up deadlines call for today, as a case's: within the lead time a Due
/// reminder, once overdue an Overdue one, each to the workplace's managers — a measure's to its responsible user if it
/// names one; nobody to remind falls back to HR. Still overdue after the escalation period, the workplace's contact
/// person hears of it, and HR at large after them (<see cref="OverdueEscalation"/>). A deadline overdue for more than
/// <see cref="OverdueRemindedForDays"/> is left alone, so that a long-past measurement does not fill the inboxes when
/// the reminders start.
/// </summary>
public static class FollowUpReminderPlanner
{
    public const int OverdueRemindedForDays = 60;

    public static IEnumerable<PlannedFollowUpReminder> Plan(
        int measurementId,
        int unitId,
        WorkplaceFollowUp? followUp,
        IEnumerable<FollowUpDeadline> deadlines,
        Responsibilities people,
        DateOnly today,
        PolicySettings policy)
    {
        foreach (var deadline in deadlines.Where(d => d.Status is DeadlineStatus.Due or DeadlineStatus.Overdue && d.DueDate >= today.AddDays(-OverdueRemindedForDays)))
        {
            var responsible = Responsible(unitId, followUp, deadline, people);
            if (deadline.Status == DeadlineStatus.Due)
            {
                yield return new PlannedFollowUpReminder(measurementId, unitId, deadline, ReminderStage.Due, responsible);
                continue;
            }

            yield return new PlannedFollowUpReminder(measurementId, unitId, deadline, ReminderStage.Overdue, responsible);
            foreach (var (stage, recipients) in OverdueEscalation.Of(deadline.DueDate, unitId, people, today, policy))
            {
                yield return new PlannedFollowUpReminder(measurementId, unitId, deadline, stage, recipients);
            }
        }
    }

    private static IReadOnlyList<string> Responsible(int unitId, WorkplaceFollowUp? followUp, FollowUpDeadline deadline, Responsibilities people)
    {
        var measureOwner = followUp?.Measures.SingleOrDefault(m => m.Id == deadline.MeasureId)?.ResponsibleUserId;
        IReadOnlyList<string> responsible = measureOwner is not null ? [measureOwner] : people.ManagersOf(unitId);
        return responsible.Count == 0 ? people.Hr : responsible;
    }
}

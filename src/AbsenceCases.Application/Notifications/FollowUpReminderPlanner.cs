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
/// names one; nobody to remind falls back to HR. A deadline overdue for more than <see cref="OverdueRemindedForDays"/>
/// is left alone, so that a long-past measurement does not fill the inboxes when the reminders start.
/// </summary>
public static class FollowUpReminderPlanner
{
    public const int OverdueRemindedForDays = 60;

    public static IEnumerable<PlannedFollowUpReminder> Plan(
        int measurementId, int unitId, WorkplaceFollowUp? followUp, IEnumerable<FollowUpDeadline> deadlines, Responsibilities people, DateOnly today) =>
        deadlines
            .Where(d => d.Status is DeadlineStatus.Due or DeadlineStatus.Overdue && d.DueDate >= today.AddDays(-OverdueRemindedForDays))
            .Select(d => new PlannedFollowUpReminder(
                measurementId,
                unitId,
                d,
                d.Status == DeadlineStatus.Due ? ReminderStage.Due : ReminderStage.Overdue,
                Responsible(unitId, followUp, d, people)));

    private static IReadOnlyList<string> Responsible(int unitId, WorkplaceFollowUp? followUp, FollowUpDeadline deadline, Responsibilities people)
    {
        var measureOwner = followUp?.Measures.SingleOrDefault(m => m.Id == deadline.MeasureId)?.ResponsibleUserId;
        IReadOnlyList<string> responsible = measureOwner is not null ? [measureOwner] : people.ManagersOf(unitId);
        return responsible.Count == 0 ? people.Hr : responsible;
    }
}

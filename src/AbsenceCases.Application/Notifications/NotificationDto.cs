using AbsenceCases.Application.Coordination;
using AbsenceCases.Domain.Notifications;

namespace AbsenceCases.Application.Notifications;

/// <summary>
/// An inbox item with its message as a code; the web host words it in the reader's language. A follow-up's reminder
/// names the measurement and the workplace of the follow-up it links to.
/// </summary>
public sealed record NotificationDto(
    long Id, NotificationKind Kind, DeadlineKind? DeadlineKind, Guid? CaseId, DateOnly? DueDate, MessageCode Message,
    DateTimeOffset CreatedAt, DateTimeOffset? ReadAt, int? MeasurementId, int? UnitId);

public static class NotificationMessages
{
    /// <summary>The inbox items with their messages, naming the employee, unit, group or measurement as they are named today.</summary>
    public static async Task<IReadOnlyList<NotificationDto>> DescribeAsync(
        this IApplicationDbContext db, IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken)
    {
        var caseIds = notifications.Select(n => n.CaseId).OfType<Guid>().Distinct().ToList();
        var groupIds = notifications.Select(n => n.GroupId).OfType<int>().Distinct().ToList();
        var cases = await (
                from c in db.Cases.AsNoTracking()
                where caseIds.Contains(c.Id)
                join e in db.Employees on c.EmployeeId equals e.Id
                join u in db.Units on c.UnitId equals u.Id
                select new { c.Id, Employee = e.Name, Unit = u.Name })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var groups = await db.CoordinationGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken);
        var measurementIds = notifications.Select(n => n.MeasurementId).OfType<int>().Distinct().ToList();
        var unitIds = notifications.Select(n => n.UnitId).OfType<int>().Distinct().ToList();
        var measurements = await db.Measurements.AsNoTracking().Where(m => measurementIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);

        return notifications
            .Select(n => new NotificationDto(n.Id, n.Kind, n.DeadlineKind, n.CaseId, n.DueDate, MessageOf(n), n.CreatedAt, n.ReadAt, n.MeasurementId, n.UnitId))
            .ToList();

        MessageCode MessageOf(Notification n)
        {
            if (n.Kind == NotificationKind.WeeklyReviewAgenda)
            {
                var group = ("group", (object)groups.GetValueOrDefault(n.GroupId ?? 0, string.Empty));
                return n.CaseCount is > 0 and var count
                    ? new MessageCode(AgendaCodes.Inbox, group, ("cases", count))
                    : new MessageCode(AgendaCodes.InboxWithoutCases, group);
            }

            if (n is { MeasurementId: { } measurementId, UnitId: { } unitId, FollowUpStep: { } step })
            {
                return new MessageCode(
                    NotificationCodes.FollowUpReminder,
                    ("stage", ReminderStages.StageOf(n.Kind)!), ("step", step), ("measurement", measurements[measurementId]), ("unit", units[unitId]),
                    ("dueDate", n.DueDate!));
            }

            var about = cases[n.CaseId!.Value];
            (string Name, object? Value)[] args =
                [("stage", ReminderStages.StageOf(n.Kind)), ("deadline", n.DeadlineKind), ("employee", about.Employee), ("unit", about.Unit), ("dueDate", n.DueDate)];
            // Items made before notifications were kept as codes have no deadline kind; their placeholder stays as it is.
            return new MessageCode(NotificationCodes.Reminder, args.Where(arg => arg.Value is not null).Select(arg => (arg.Name, arg.Value!)).ToArray());
        }
    }
}

using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Wellbeing;

namespace AbsenceCases.Domain.Notifications;

/// <summary>
/// An item in a user's in-app inbox, kept as what it is about: a deadline of a case at a stage, a deadline of a
/// workplace's follow-up of a measurement at a stage, or a coordination group's weekly agenda. The web host words it in the reader's language.
/// </summary>
public sealed class Notification
{
    private Notification(string userId, NotificationKind kind, DateOnly? dueDate, DateTimeOffset createdAt)
    {
        UserId = userId;
        Kind = kind;
        DueDate = dueDate;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public Guid? CaseId { get; private set; }

    /// <summary>The deadline a reminder is about.</summary>
    public DeadlineKind? DeadlineKind { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>The measurement a follow-up reminder is about.</summary>
    public int? MeasurementId { get; private set; }

    /// <summary>The workplace a follow-up reminder is about.</summary>
    public int? UnitId { get; private set; }

    /// <summary>The step of the follow-up a reminder is about.</summary>
    public FollowUpStep? FollowUpStep { get; private set; }

    /// <summary>The coordination group an agenda is for.</summary>
    public int? GroupId { get; private set; }

    /// <summary>The number of cases on an agenda.</summary>
    public int? CaseCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Makes a notification that is not a reminder (the weekly agenda) unique per user.</summary>
    public string? Key { get; private set; }

    public static Notification Reminder(string userId, ReminderStage stage, Guid caseId, DeadlineKind deadline, DateOnly dueDate, DateTimeOffset createdAt) =>
        new(userId, ReminderStages.KindOf(stage), dueDate, createdAt) { CaseId = caseId, DeadlineKind = deadline };

    public static Notification FollowUpReminder(
        string userId, ReminderStage stage, int measurementId, int unitId, FollowUpStep step, DateOnly dueDate, DateTimeOffset createdAt) =>
        new(userId, ReminderStages.KindOf(stage), dueDate, createdAt) { MeasurementId = measurementId, UnitId = unitId, FollowUpStep = step };

    public static Notification Agenda(string userId, int groupId, int caseCount, DateOnly on, string key, DateTimeOffset createdAt) =>
        new(userId, NotificationKind.WeeklyReviewAgenda, on, createdAt) { GroupId = groupId, CaseCount = caseCount, Key = key };

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

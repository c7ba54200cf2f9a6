using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Domain.Notifications;

/// <summary>
/// One reminder about one deadline of one case to one person at one stage. The five together are unique,
/// so a reminder is sent once however often, and in however many processes, the dispatch runs.
/// </summary>
public sealed class Reminder(Guid caseId, DeadlineKind kind, DateOnly dueDate, string recipientUserId, ReminderStage stage, DateTimeOffset sentAt)
{
    public long Id { get; private set; }

    public Guid CaseId { get; private set; } = caseId;

    public DeadlineKind Kind { get; private set; } = kind;

    public DateOnly DueDate { get; private set; } = dueDate;

    public string RecipientUserId { get; private set; } = recipientUserId;

    public ReminderStage Stage { get; private set; } = stage;

    public DateTimeOffset SentAt { get; private set; } = sentAt;

    public (Guid, DeadlineKind, DateOnly, string, ReminderStage) Key => (CaseId, Kind, DueDate, RecipientUserId, Stage);
}

using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Domain.Notifications;

/// <summary>
/// One reminder about one deadline of one case to one person at one stage. The five together are unique,
/// so a reminder is sent once however often, and in however many processes, the dispatch runs.
/// </summary>
public sealed class Reminder
{
    private Reminder()
    {
        RecipientUserId = string.Empty;
    }

    public Reminder(Guid caseId, DeadlineKind kind, DateOnly dueDate, string recipientUserId, ReminderStage stage, DateTimeOffset sentAt)
    {
        CaseId = caseId;
        Kind = kind;
        DueDate = dueDate;
        RecipientUserId = recipientUserId;
        Stage = stage;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DeadlineKind Kind { get; private set; }

    public DateOnly DueDate { get; private set; }

    public string RecipientUserId { get; private set; }

    public ReminderStage Stage { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public (Guid, DeadlineKind, DateOnly, string, ReminderStage) Key => (CaseId, Kind, DueDate, RecipientUserId, Stage);
}

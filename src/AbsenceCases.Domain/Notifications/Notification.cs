namespace AbsenceCases.Domain.Notifications;

/// <summary>An item in a user's in-app inbox.</summary>
public sealed class Notification
{
    private Notification()
    {
        UserId = Message = string.Empty;
    }

    public Notification(string userId, NotificationKind kind, Guid? caseId, DateOnly? dueDate, string message, DateTimeOffset createdAt, string? key = null)
    {
        UserId = userId;
        Kind = kind;
        CaseId = caseId;
        DueDate = dueDate;
        Message = message;
        CreatedAt = createdAt;
        Key = key;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public Guid? CaseId { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public string Message { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Makes a notification that is not a reminder (the weekly agenda) unique per user.</summary>
    public string? Key { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

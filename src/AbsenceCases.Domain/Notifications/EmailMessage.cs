namespace AbsenceCases.Domain.Notifications;

/// <summary>
/// An e-mail in the outbox: written in the same transaction as the reminder it carries, sent by the dispatch
/// with retries and back-off. It never holds a diagnosis or the text of a note.
/// </summary>
public sealed class EmailMessage(string to, string subject, string body, DateTimeOffset createdAt)
{
    public const int MaxAttempts = 8;

    public long Id { get; private set; }

    public string To { get; private set; } = to;

    public string Subject { get; private set; } = subject;

    public string Body { get; private set; } = body;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; } = createdAt;

    /// <summary>A sender holds the message until then; another process leaves it alone meanwhile.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? GaveUpAt { get; private set; }

    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset at)
    {
        SentAt = at;
        ClaimedUntil = null;
        Attempts++;
    }

    /// <summary>Waits 1, 2, 4 … minutes before the next attempt, and gives up after <see cref="MaxAttempts"/>.</summary>
    public void MarkFailed(DateTimeOffset at, string error)
    {
        Attempts++;
        LastError = error.Length > 500 ? error[..500] : error;
        ClaimedUntil = null;
        NextAttemptAt = at.AddMinutes(Math.Pow(2, Attempts - 1));
        if (Attempts >= MaxAttempts)
        {
            GaveUpAt = at;
        }
    }
}

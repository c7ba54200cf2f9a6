namespace AbsenceCases.Domain.Cases;

/// <summary>One line of a case's history: what happened, when, by whom, and the transition if the state changed.</summary>
public sealed class CaseHistoryEntry
{
    internal CaseHistoryEntry(
        DateTimeOffset at, string byUserId, string byName, CaseHistoryAction action, CaseStatus? from, CaseStatus? to, string? note)
    {
        At = at;
        ByUserId = byUserId;
        ByName = byName;
        Action = action;
        From = from;
        To = to;
        Note = note;
    }

    public long Id { get; private set; }

    public Guid CaseId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ByUserId { get; private set; }

    public string ByName { get; private set; }

    public CaseHistoryAction Action { get; private set; }

    public CaseStatus? From { get; private set; }

    public CaseStatus? To { get; private set; }

    public string? Note { get; private set; }

    internal void RemoveNote() => Note = null;
}

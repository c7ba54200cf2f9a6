namespace AbsenceCases.Domain.Coordination;

/// <summary>A weekly case review (sagsgennemgang) held by a coordination group, with its decision per case.</summary>
public sealed class CoordinationReview
{
    private readonly List<ReviewItem> _items = [];

    private CoordinationReview()
    {
        Attendees = string.Empty;
    }

    public CoordinationReview(int groupId, DateOnly heldOn, IEnumerable<string> attendees, DateTimeOffset recordedAt, string recordedBy)
    {
        GroupId = groupId;
        HeldOn = heldOn;
        Attendees = string.Join('\n', attendees.Select(a => a.Trim()).Where(a => a.Length > 0));
        RecordedAt = recordedAt;
        RecordedBy = recordedBy;
    }

    public int Id { get; private set; }

    public int GroupId { get; private set; }

    public DateOnly HeldOn { get; private set; }

    /// <summary>The names of those present, one a line.</summary>
    public string Attendees { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = string.Empty;

    public IReadOnlyCollection<ReviewItem> Items => _items;

    public IReadOnlyList<string> AttendeeNames => Attendees.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Removes what the group wrote about the case; the decision and the dates stay.</summary>
    public void RemoveNotesAbout(Guid caseId)
    {
        foreach (var item in _items.Where(i => i.CaseId == caseId))
        {
            item.RemoveNote();
        }
    }

    public void Decide(Guid caseId, ReviewDecision decision, string? note, DateOnly? nextReviewOn) =>
        _items.Add(new ReviewItem(caseId, decision, note, nextReviewOn));
}

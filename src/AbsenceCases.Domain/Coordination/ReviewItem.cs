namespace AbsenceCases.Domain.Coordination;

/// <summary>The group's decision about one case at a review.</summary>
public sealed class ReviewItem
{
    internal ReviewItem(Guid caseId, ReviewDecision decision, string? note, DateOnly? nextReviewOn)
    {
        CaseId = caseId;
        Decision = decision;
        Note = note;
        NextReviewOn = nextReviewOn;
    }

    public int Id { get; private set; }

    public int ReviewId { get; private set; }

    public Guid CaseId { get; private set; }

    public ReviewDecision Decision { get; private set; }

    public string? Note { get; private set; }

    public DateOnly? NextReviewOn { get; private set; }

    internal void RemoveNote() => Note = null;
}

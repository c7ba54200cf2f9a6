namespace AbsenceCases.Domain.Cases;

/// <summary>A deadline of a case on a given day: when it is due, whether it was met, and the rule behind it.</summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly DueDate, DeadlineStatus Status, DateOnly? MetOn)
{
    /// <summary>The measure a MeasureFollowUp deadline belongs to.</summary>
    public int? MeasureId { get; init; }

    public bool IsMet => Status == DeadlineStatus.Met;

    /// <summary>The message code of the law or local policy that sets the deadline.</summary>
    public string Basis => DeadlineCodes.BasisOf(Kind);
}

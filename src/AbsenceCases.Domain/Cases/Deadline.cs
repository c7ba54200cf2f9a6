namespace AbsenceCases.Domain.Cases;

/// <summary>A deadline of a case on a given day: when it is due, whether it was met, and the rule behind it.</summary>
public sealed record Deadline(DeadlineKind Kind, DateOnly DueDate, DeadlineStatus Status, DateOnly? MetOn, string Basis)
{
    /// <summary>The measure a MeasureFollowUp deadline belongs to.</summary>
    public int? MeasureId { get; init; }

    public bool IsMet => Status == DeadlineStatus.Met;
}

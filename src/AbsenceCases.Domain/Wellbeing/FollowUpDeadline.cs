using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>A deadline of a workplace's follow-up on a given day; a measure's follow-up date names its measure.</summary>
public sealed record FollowUpDeadline(FollowUpStep Step, DateOnly DueDate, DeadlineStatus Status, DateOnly? MetOn)
{
    public int? MeasureId { get; init; }

    public bool WasMetInTime => MetOn is { } met && met <= DueDate;
}

namespace AbsenceCases.Domain.Wellbeing;

/// <summary>Where a workplace's follow-up stands: every step done, none overdue yet, or a step overdue.</summary>
public enum FollowUpStatus
{
    Met,
    OnTime,
    Overdue,
}

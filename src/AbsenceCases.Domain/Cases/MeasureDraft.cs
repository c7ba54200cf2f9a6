namespace AbsenceCases.Domain.Cases;

/// <summary>A measure as proposed for a prevention plan: who is responsible (a user, or a name) and when to follow up.</summary>
public sealed record MeasureDraft(string Description, string? ResponsibleUserId, string Responsible, DateOnly? FollowUpOn)
{
    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(Description) && !string.IsNullOrWhiteSpace(Responsible) && FollowUpOn is not null;
}

namespace AbsenceCases.Domain.Cases;

/// <summary>The manager's care contact with the sick employee (omsorgskontakt).</summary>
public sealed record CareContact(DateOnly On);

/// <summary>Early follow-up asked of the municipality (fast track, sygedagpengeloven § 7c).</summary>
public sealed record FastTrackRequest(DateOnly On);

/// <summary>A possibility statement (mulighedserklæring) asked of the employee's doctor; a later request replaces it.</summary>
public sealed record PossibilityStatementRequest(DateOnly On);

/// <summary>A round-table meeting with the employee, the workplace and the municipality; a later one replaces it.</summary>
public sealed record RoundTableMeeting(DateOnly HeldOn);

/// <summary>
/// The retention plan (fastholdelsesplan, sygedagpengeloven § 7b): the day the employee asked for one, and the plan
/// last made with its day.
/// </summary>
public sealed record RetentionPlan(DateOnly? RequestedOn, DateOnly? MadeOn, string? Content)
{
    public static readonly RetentionPlan None = new(null, null, null);

    /// <summary>The first request counts.</summary>
    internal RetentionPlan AskedFor(DateOnly on) => this with { RequestedOn = RequestedOn ?? on };

    internal RetentionPlan Made(RetentionPlanDetails plan) => this with { MadeOn = plan.MadeOn, Content = plan.Content };

    internal RetentionPlan Anonymised() => this with { Content = null };
}

namespace AbsenceCases.Domain.Cases;

/// <summary>
/// The municipality's policy: every deadline and lead time in calendar days, counted so that the first sick
/// day is day 1 ("day 28" is first day + 27; "4 weeks after the first sick day" is first day + 28).
/// </summary>
public sealed record PolicySettings
{
    /// <summary>Care contact (omsorgskontakt) on day 5, the 1-5-14 contact model.</summary>
    public int CareContactDays { get; init; } = 4;

    /// <summary>Sygedagpengeloven § 7a: the absence conversation no later than 4 weeks after the first sick day.</summary>
    public int FirstConversationDays { get; init; } = 28;

    /// <summary>Days before the due date when a deadline becomes Due and its reminder goes out.</summary>
    public int ReminderLeadDays { get; init; } = 3;

    /// <summary>A closed case can be reopened as a relapse within this many days of closing.</summary>
    public int ReopenWithinDays { get; init; } = 30;

    /// <summary>How far back a sick call may be registered.</summary>
    public int MaxBackdatingDays { get; init; } = 365;
}

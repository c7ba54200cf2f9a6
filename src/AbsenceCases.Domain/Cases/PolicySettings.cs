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

    /// <summary>The employer period (arbejdsgiverperioden) of 30 calendar days; a longer absence is reported to the municipality.</summary>
    public int EmployerPeriodDays { get; init; } = 30;

    /// <summary>Sygedagpengeloven § 59: notification through NemRefusion no later than 5 weeks after the first day of absence.</summary>
    public int MunicipalityNotificationDays { get; init; } = 35;

    /// <summary>An expected return later than this many days after the first sick day (8 weeks) makes the absence long.</summary>
    public int LongAbsenceDays { get; init; } = 56;

    /// <summary>Sygedagpengeloven § 7c: the employer may ask for early follow-up within the first 5 weeks.</summary>
    public int FastTrackDays { get; init; } = 35;

    /// <summary>Sygedagpengeloven § 7b sets no deadline; the municipality's first follow-up is by the end of week 8.</summary>
    public int RetentionPlanDays { get; init; } = 56;

    public int RoundTableDays { get; init; } = 35;

    public int FrequentAbsenceConversationDays { get; init; } = 14;

    public int CoordinationReviewIntervalDays { get; init; } = 7;

    /// <summary>A fit note (friattest) is expected this many days after it was asked for.</summary>
    public int FitNoteDays { get; init; } = 7;

    /// <summary>A possibility statement (mulighedserklæring) is expected this many days after it was asked for.</summary>
    public int PossibilityStatementDays { get; init; } = 14;

    /// <summary>A duration statement (varighedserklæring) is expected this many days after it was asked for.</summary>
    public int DurationStatementDays { get; init; } = 14;

    /// <summary>A status statement (statusattest) is expected this many days after it was asked for.</summary>
    public int StatusStatementDays { get; init; } = 14;

    /// <summary>Days before the due date when a deadline becomes Due and its reminder goes out.</summary>
    public int ReminderLeadDays { get; init; } = 3;

    /// <summary>An overdue deadline goes to HR this many days after it went to the coordination group.</summary>
    public int EscalateToHrAfterDays { get; init; } = 7;

    /// <summary>Where the unit has a contact person, the escalation reaches HR at large this many days after it reached them.</summary>
    public int ContactPersonBeforeHrDays { get; init; } = 7;

    /// <summary>After a measurement's results are published, each workplace discusses them in the team within this many days.</summary>
    public int FollowUpTeamDiscussionDays { get; init; } = 30;

    /// <summary>…in the local MED committee, which meets about monthly, within this many days.</summary>
    public int FollowUpMedDays { get; init; } = 45;

    /// <summary>…in the leadership group within this many days.</summary>
    public int FollowUpLeadershipDays { get; init; } = 45;

    /// <summary>…and agrees an action plan with measures within this many days, once the discussions have fed into it.</summary>
    public int FollowUpActionPlanDays { get; init; } = 60;

    /// <summary>A closed case can be reopened as a relapse within this many days of closing.</summary>
    public int ReopenWithinDays { get; init; } = 30;

    /// <summary>A leaver stays in the scope of the managers and coordinators of their last units this many days after their last employment ended.</summary>
    public int ScopeAfterLeavingDays { get; init; } = 30;

    /// <summary>The frequent-absence trigger: this many absence periods starting within <see cref="FrequentAbsencePeriodWindowDays"/>…</summary>
    public int FrequentAbsencePeriods { get; init; } = 3;

    public int FrequentAbsencePeriodWindowDays { get; init; } = 183;

    /// <summary>…or this many working days of absence within <see cref="FrequentAbsenceWorkingDayWindowDays"/>.</summary>
    public int FrequentAbsenceWorkingDays { get; init; } = 15;

    public int FrequentAbsenceWorkingDayWindowDays { get; init; } = 365;

    /// <summary>Sygedagpengeloven § 56: an agreement about a chronic illness is valid for 2 years.</summary>
    public int Section56ValidityYears { get; init; } = 2;

    /// <summary>Closed cases older than this are anonymised: notes and conversations go, spells stay for statistics.</summary>
    public int RetentionYears { get; init; } = 5;

    /// <summary>Audit rows older than this are deleted by the nightly retention; nothing else may delete or change one.</summary>
    public int AuditRetentionYears { get; init; } = 5;

    /// <summary>How far back a sick call may be registered.</summary>
    public int MaxBackdatingDays { get; init; } = 365;

    /// <summary>The days after the request by which documentation of the kind is expected when no date is given.</summary>
    public int DocumentationDays(DocumentationKind kind) => kind switch
    {
        DocumentationKind.FitNote => FitNoteDays,
        DocumentationKind.PossibilityStatement => PossibilityStatementDays,
        DocumentationKind.DurationStatement => DurationStatementDays,
        DocumentationKind.StatusStatement => StatusStatementDays,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

namespace AbsenceCases.Application.Statistics;

/// <summary>
/// A published measurement's scores per workplace beside the workplace's sickness absence (own illness and work injury)
/// in the 12 whole months from the month after the measurement was published (<see cref="Window"/>; fewer while they
/// have not passed, none before the first has begun), and, where a next measurement is published — the measurement's
/// follow-up, else the next of the same kind — the change in score beside the change in absence between the two windows.
/// </summary>
public sealed record WellbeingAgainstAbsence(
    int MeasurementId,
    string MeasurementName,
    DateOnly PublishedOn,
    MonthRange? Window,
    NextMeasurement? Next,
    int MinRespondents,
    IReadOnlyList<WorkplaceWellbeing> Workplaces);

/// <summary>The measurement compared with and its absence window.</summary>
public sealed record NextMeasurement(int MeasurementId, string Name, DateOnly PublishedOn, MonthRange? Window);

/// <summary>
/// A workplace's dimensions and overall score (the plain mean of its dimensions; none when any is suppressed), its
/// sickness absence in the window, and the changes to the next measurement (scores in points, absence in percentage points).
/// </summary>
public sealed record WorkplaceWellbeing(
    int UnitId,
    string Code,
    string Name,
    IReadOnlyList<DimensionScores> Dimensions,
    decimal? Overall,
    RateFigures? Absence,
    decimal? NextOverall,
    decimal? OverallChange,
    RateChange? AbsenceChange);

/// <summary>A dimension's score in the measurement and the next; a suppressed score is null and marked so.</summary>
public sealed record DimensionScores(string Dimension, decimal? Score, bool Suppressed, decimal? NextScore, bool NextSuppressed, decimal? Change);

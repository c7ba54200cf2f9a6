namespace AbsenceCases.Domain.Prevention;

/// <summary>
/// The workplace's sickness-absence rate in the months before and after, and its wellbeing score in the measurements
/// before and after, as the system found them when the example was marked; a score is missing where there was no
/// published measurement or it was hidden for too few respondents.
/// </summary>
public sealed record ExampleFigures(
    string BeforeFrom, string BeforeTo, double AbsenceBeforePercent,
    string AfterFrom, string AfterTo, double AbsenceAfterPercent,
    decimal? WellbeingBefore, decimal? WellbeingAfter);

namespace AbsenceCases.SeedGenerator.Measurements;

/// <summary>
/// A social-capital measurement of the demo municipality, one row of measurements.csv, whose results are in
/// <see cref="ResultsFile"/>; <see cref="FollowUpOf"/> names the results file of the measurement it follows up.
/// </summary>
internal sealed record PlannedMeasurement(string ResultsFile, string Name, DateOnly FieldedFrom, DateOnly FieldedTo, DateOnly PublishedOn, string? FollowUpOf)
{
    public const string Kind = "SocialCapital";

    private const int FirstFieldingWeek = 43;
    private const int LastFieldingWeek = 45;
    private const int DaysFromFieldingToPublication = 14;
    private const int AbsenceWindowMonths = 12;

    /// <summary>
    /// One measurement in the autumn of each of the two years before the end date's year, fielded from Monday of week 43
    /// to Friday of week 45 as Aarhus does and published two weeks later: with data from 1 November 2024 to 31 October
    /// 2026, the 2024 measurement has its twelve months of absence inside the data and the 2025 one the eleven there are.
    /// </summary>
    public static IReadOnlyList<PlannedMeasurement> Autumns(DateOnly endDate)
    {
        var first = InAutumnOf(endDate.Year - 2, followUpOf: null);
        return [first, InAutumnOf(endDate.Year - 1, first.ResultsFile)];
    }

    /// <summary>The whole months from the month after the publication, twelve at most, cut at <paramref name="dataEnd"/>.</summary>
    public (DateOnly From, DateOnly To) AbsenceWindow(DateOnly dataEnd)
    {
        var from = DateMath.FirstOfMonthOnOrAfter(PublishedOn.AddDays(1));
        return (from, DateMath.Min(from.AddMonths(AbsenceWindowMonths).AddDays(-1), dataEnd));
    }

    private static PlannedMeasurement InAutumnOf(int year, string? followUpOf)
    {
        var fieldedTo = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, LastFieldingWeek, DayOfWeek.Friday));
        return new PlannedMeasurement(
            $"measurement-{year}.csv",
            $"Social kapital {year}",
            DateOnly.FromDateTime(ISOWeek.ToDateTime(year, FirstFieldingWeek, DayOfWeek.Monday)),
            fieldedTo,
            fieldedTo.AddDays(DaysFromFieldingToPublication),
            followUpOf);
    }
}

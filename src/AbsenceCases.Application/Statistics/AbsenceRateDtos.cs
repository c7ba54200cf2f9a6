namespace AbsenceCases.Application.Statistics;

/// <summary>
/// One row of the absence-rate table (DESIGN.md sections 4 and 6). Fields not grouped on are null; days are
/// weighted by employment fraction and percent; <see cref="Fte"/> is possible days per working day of the period.
/// A struct: a five-year table by month and unit has over a hundred thousand rows.
/// </summary>
public readonly record struct AbsenceRateRow(
    string Period,
    int? UnitId,
    string? AbsenceType,
    string? LengthBand,
    double PossibleDays,
    double AbsenceDays,
    double RatePercent,
    double Fte,
    double AbsenceDaysPerFte,
    int PeriodsEnded);

/// <summary>The table, with the day open spells were counted up to (the end of the period, or today if earlier).</summary>
public sealed record AbsenceRateReport(string From, string To, DateOnly AsOf, IReadOnlyList<AbsenceRateRow> Rows);

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// One row of the wellbeing-against-absence exports, each part in header order: the texts (unit code, workplace,
/// dimension), the scores (score, next score, change) and the absence figures. Null is a hidden or missing figure.
/// </summary>
public sealed record WellbeingAbsenceRow(IReadOnlyList<string> Texts, IReadOnlyList<decimal?> Scores, IReadOnlyList<double?> Absence);

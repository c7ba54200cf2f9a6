using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// The wellbeing-against-absence exports' Danish headers and rows: per workplace its overall score and then each
/// dimension, every row beside the workplace's sickness absence in the measurement's window and, where there is a next
/// measurement, its score, the change and the absence in the next window.
/// </summary>
public static class WellbeingAbsenceColumns
{
    public const string Overall = "Samlet (gennemsnit af dimensionerne)";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Enhedskode", "Arbejdsplads", "Dimension", "Score", "Næste score", "Ændring i score", "Mulige dage", "Fraværsdage",
        "Fraværsprocent", "Næste fraværsprocent", "Ændring i fraværsprocent (procentpoint)",
    ];

    public static string FileName(WellbeingAgainstAbsence table, string extension) => $"trivsel-og-fravaer-maaling-{table.MeasurementId}.{extension}";

    public static IEnumerable<WellbeingAbsenceRow> Rows(WellbeingAgainstAbsence table) =>
        from workplace in table.Workplaces
        let absence = new[]
        {
            workplace.Absence?.PossibleDays, workplace.Absence?.AbsenceDays, workplace.Absence?.RatePercent,
            workplace.AbsenceChange?.Project.RatePercent, workplace.AbsenceChange?.ChangePoints,
        }
        from scores in new[] { (Dimension: Overall, Score: workplace.Overall, Next: workplace.NextOverall, Change: workplace.OverallChange) }
            .Concat(workplace.Dimensions.Select(d => (d.Dimension, d.Score, Next: d.NextScore, d.Change)))
        select new WellbeingAbsenceRow([workplace.Code, workplace.Name, scores.Dimension], [scores.Score, scores.Next, scores.Change], absence);
}

using System.Globalization;
using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// The wellbeing-against-absence table as CSV for Danish Excel: per workplace its overall score and then each dimension,
/// every row beside the workplace's sickness absence in the measurement's window and, where there is a next measurement,
/// its score, the change and the absence in the next window. An empty cell is a suppressed or missing figure.
/// </summary>
public static class WellbeingAbsenceCsv
{
    public const string ContentType = CsvText.ContentType;

    public const string Overall = "Samlet (gennemsnit af dimensionerne)";

    public static readonly IReadOnlyList<string> Headers =
    [
        "Enhedskode", "Arbejdsplads", "Dimension", "Score", "Næste score", "Ændring i score", "Mulige dage", "Fraværsdage",
        "Fraværsprocent", "Næste fraværsprocent", "Ændring i fraværsprocent (procentpoint)",
    ];

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string FileName(WellbeingAgainstAbsence table) => $"trivsel-og-fravaer-maaling-{table.MeasurementId}.csv";

    public static async Task WriteAsync(WellbeingAgainstAbsence table, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, CsvText.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', Headers.Select(CsvText.Field)));
        foreach (var workplace in table.Workplaces)
        {
            var scores = new[] { (Overall, workplace.Overall, workplace.NextOverall, workplace.OverallChange) }
                .Concat(workplace.Dimensions.Select(d => (d.Dimension, d.Score, d.NextScore, d.Change)));
            foreach (var (dimension, score, next, change) in scores)
            {
                var cells = new[] { workplace.Code, workplace.Name, dimension }.Select(CsvText.Field)
                    .Concat(new[] { score, next, change }.Select(Number))
                    .Concat(new double?[]
                    {
                        workplace.Absence?.PossibleDays, workplace.Absence?.AbsenceDays, workplace.Absence?.RatePercent,
                        workplace.AbsenceChange?.Project.RatePercent, workplace.AbsenceChange?.ChangePoints,
                    }.Select(Number));
                await writer.WriteLineAsync(string.Join(';', cells).AsMemory(), cancellationToken);
            }
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Number(decimal? number) => number?.ToString("0.##", Danish) ?? string.Empty;

    private static string Number(double? number) => number?.ToString("0.######", Danish) ?? string.Empty;
}

using System.Globalization;
using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>The wellbeing-against-absence table as CSV for Danish Excel; an empty field is a hidden or missing figure.</summary>
public static class WellbeingAbsenceCsv
{
    public const string ContentType = CsvText.ContentType;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static string FileName(WellbeingAgainstAbsence table) => WellbeingAbsenceColumns.FileName(table, "csv");

    public static async Task WriteAsync(WellbeingAgainstAbsence table, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, CsvText.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', WellbeingAbsenceColumns.Headers.Select(CsvText.Field)));
        foreach (var row in WellbeingAbsenceColumns.Rows(table))
        {
            var cells = row.Texts.Select(CsvText.Field).Concat(row.Scores.Select(Number)).Concat(row.Absence.Select(Number));
            await writer.WriteLineAsync(string.Join(';', cells).AsMemory(), cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Number(decimal? number) => number?.ToString("0.##", Danish) ?? string.Empty;

    private static string Number(double? number) => number?.ToString("0.######", Danish) ?? string.Empty;
}

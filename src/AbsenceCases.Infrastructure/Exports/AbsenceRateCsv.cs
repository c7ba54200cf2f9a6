using System.Globalization;
using System.Text;
using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>The absence-rate table as CSV for Danish Excel: UTF-8 with a BOM, ';' between fields, decimal comma.</summary>
public static class AbsenceRateCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static async Task WriteAsync(AbsenceRateTable table, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', AbsenceRateColumns.Headers.Select(Field)));
        var line = new StringBuilder();
        foreach (var row in table.Report.Rows)
        {
            var (period, unit, type, band) = AbsenceRateColumns.Texts(table, row);
            line.Clear().Append(Field(period)).Append(';').Append(Field(unit)).Append(';').Append(Field(type)).Append(';').Append(Field(band));
            foreach (var number in AbsenceRateColumns.Numbers(row))
            {
                line.Append(';').Append(number.ToString("0.######", Danish));
            }

            await writer.WriteLineAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string Field(string text)
    {
        var cell = SpreadsheetText.Cell(text);
        return cell.IndexOfAny([';', '"', '\n', '\r']) < 0 ? cell : $"\"{cell.Replace("\"", "\"\"")}\"";
    }
}

using System.Globalization;
using System.Text;
using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>The absence-rate table as CSV for Danish Excel: UTF-8 with a BOM, ';' between fields, decimal comma.</summary>
public static class AbsenceRateCsv
{
    public const string ContentType = CsvText.ContentType;

    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");

    public static async Task WriteAsync(AbsenceRateTable table, Stream stream, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(stream, CsvText.Utf8WithBom, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(string.Join(';', AbsenceRateColumns.Headers.Select(CsvText.Field)));
        var line = new StringBuilder();
        foreach (var row in table.Report.Rows)
        {
            var (period, unit, type, band) = AbsenceRateColumns.Texts(table, row);
            line.Clear().Append(CsvText.Field(period)).Append(';').Append(CsvText.Field(unit)).Append(';').Append(CsvText.Field(type)).Append(';').Append(CsvText.Field(band));
            foreach (var number in AbsenceRateColumns.Numbers(row))
            {
                line.Append(';').Append(number.ToString("0.######", Danish));
            }

            await writer.WriteLineAsync(line, cancellationToken);
        }

        await writer.FlushAsync(cancellationToken);
    }
}

using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// Writes the absence-rate table as JSON straight to the response, which for five years by month and unit is over a
/// hundred thousand rows: property names are encoded once, numbers are written as fixed-point digits rounded to
/// 6 decimals (section 6 asks for at least 4), and the body is flushed as it grows. The shape is that of
/// <see cref="AbsenceRateReport"/> serialized the usual way, which the OpenAPI document describes.
/// </summary>
public sealed class AbsenceRateJsonResult(AbsenceRateReport report) : IResult
{
    private const int RowsPerFlush = 2_000;
    private const long Scale = 1_000_000;

    private static readonly StandardFormat SixDigits = new('D', 6);
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText Rows = JsonEncodedText.Encode("rows");
    private static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText UnitId = JsonEncodedText.Encode("unitId");
    private static readonly JsonEncodedText AbsenceType = JsonEncodedText.Encode("absenceType");
    private static readonly JsonEncodedText LengthBand = JsonEncodedText.Encode("lengthBand");
    private static readonly JsonEncodedText PossibleDays = JsonEncodedText.Encode("possibleDays");
    private static readonly JsonEncodedText AbsenceDays = JsonEncodedText.Encode("absenceDays");
    private static readonly JsonEncodedText RatePercent = JsonEncodedText.Encode("ratePercent");
    private static readonly JsonEncodedText Fte = JsonEncodedText.Encode("fte");
    private static readonly JsonEncodedText AbsenceDaysPerFte = JsonEncodedText.Encode("absenceDaysPerFte");
    private static readonly JsonEncodedText PeriodsEnded = JsonEncodedText.Encode("periodsEnded");

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        var body = response.BodyWriter;
        var cancellationToken = httpContext.RequestAborted;
        await using var writer = new Utf8JsonWriter(body);
        writer.WriteStartObject();
        writer.WriteString(From, report.From);
        writer.WriteString(To, report.To);
        writer.WriteString(AsOf, report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteStartArray(Rows);
        for (var i = 0; i < report.Rows.Count; i++)
        {
            WriteRow(writer, report.Rows[i]);
            if (i % RowsPerFlush == RowsPerFlush - 1)
            {
                await writer.FlushAsync(cancellationToken);
                await body.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
    }

    private static void WriteRow(Utf8JsonWriter writer, AbsenceRateRow row)
    {
        writer.WriteStartObject();
        writer.WriteString(Period, row.Period);
        if (row.UnitId is { } unitId)
        {
            writer.WriteNumber(UnitId, unitId);
        }
        else
        {
            writer.WriteNull(UnitId);
        }

        WriteText(writer, AbsenceType, row.AbsenceType);
        WriteText(writer, LengthBand, row.LengthBand);
        WriteFixed(writer, PossibleDays, row.PossibleDays);
        WriteFixed(writer, AbsenceDays, row.AbsenceDays);
        WriteFixed(writer, RatePercent, row.RatePercent);
        WriteFixed(writer, Fte, row.Fte);
        WriteFixed(writer, AbsenceDaysPerFte, row.AbsenceDaysPerFte);
        writer.WriteNumber(PeriodsEnded, row.PeriodsEnded);
        writer.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, string? text)
    {
        if (text is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, text);
        }
    }

    /// <summary>The number rounded to 6 decimals, without trailing zeros: 9.5, 23.809524, 0.</summary>
    private static void WriteFixed(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        var scaled = (long)Math.Round(value * Scale, MidpointRounding.AwayFromZero);
        Span<byte> digits = stackalloc byte[32];
        var length = 0;
        if (scaled < 0)
        {
            digits[length++] = (byte)'-';
            scaled = -scaled;
        }

        Utf8Formatter.TryFormat(scaled / Scale, digits[length..], out var written);
        length += written;
        if (scaled % Scale is var fraction and not 0)
        {
            digits[length++] = (byte)'.';
            Utf8Formatter.TryFormat(fraction, digits[length..], out written, SixDigits);
            length += written;
            while (digits[length - 1] == (byte)'0')
            {
                length--;
            }
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(digits[..length], skipInputValidation: true);
    }
}

using System.Globalization;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// One data row of an import file; the source moves it on to the next row, so read it before asking for the next.
/// Each reader returns null and records an error when the value is bad.
/// </summary>
internal sealed class CsvRow(List<string> fields, IReadOnlyDictionary<string, int> columns, ImportErrors errors)
{
    public int Line { get; private set; }

    /// <summary>The trimmed field of a column; empty when the file leaves out an optional column.</summary>
    public string Raw(string column) => columns.TryGetValue(column, out var index) ? fields[index].Trim() : string.Empty;

    public void Error(string column, string code, params (string Name, object Value)[] args) => errors.Add(Line, column, code, args);

    /// <summary>The row now holds the fields of this line.</summary>
    public CsvRow At(int line)
    {
        Line = line;
        return this;
    }

    /// <summary>A name or a code: one line, without control characters or the traces of bytes that were not UTF-8.</summary>
    public string? Text(string column, int maxLength, bool required)
    {
        var value = Raw(column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(column, FieldCodes.Required);
            }

            return null;
        }

        if (value.Length > maxLength)
        {
            Error(column, FieldCodes.TooLong, ("max", maxLength));
            return null;
        }

        if (PlainText.FirstRefused(value, TextShape.SingleLine) is { } found)
        {
            Error(column, FieldCodes.NotSingleLine, ("found", found));
            return null;
        }

        return value;
    }

    public DateOnly? Date(string column, bool required)
    {
        var value = Raw(column);
        if (value.Length == 0)
        {
            if (required)
            {
                Error(column, FieldCodes.Required);
            }

            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(column, ImportCodes.NotADate, ("value", value));
        return null;
    }

    /// <summary>A required first day and an optional last day not before it; the first day is null when either is bad.</summary>
    public (DateOnly? First, DateOnly? Last) Period(string firstColumn, string lastColumn)
    {
        var first = Date(firstColumn, required: true);
        var last = Date(lastColumn, required: false);
        if (first is not null && last < first)
        {
            Error(lastColumn, ImportCodes.BeforeColumn, ("column", firstColumn));
            return (null, null);
        }

        return (first, last);
    }

    /// <summary>A decimal number with '.' or ',' as the decimal separator.</summary>
    public decimal? Decimal(string column)
    {
        var value = Raw(column);
        return decimal.TryParse(value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number
            : Refuse<decimal>(column, value, ImportCodes.NotANumber);
    }

    /// <summary>A count: a whole number, 0 or more.</summary>
    public int? Count(string column)
    {
        var value = Raw(column);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : Refuse<int>(column, value, ImportCodes.NotAWholeNumber);
    }

    public int? Percent(string column)
    {
        if (Count(column) is not { } percent)
        {
            return null;
        }

        if (percent is < 1 or > 100)
        {
            Error(column, ImportCodes.PercentOutOfRange, ("value", percent));
            return null;
        }

        return percent;
    }

    /// <summary>Records that the value is missing or, when there is one, why it is refused; answers null.</summary>
    public T? Refuse<T>(string column, string value, string code, params (string Name, object Value)[] args)
        where T : struct
    {
        if (value.Length == 0)
        {
            Error(column, FieldCodes.Required);
        }
        else
        {
            Error(column, code, [("value", value), .. args]);
        }

        return null;
    }

    /// <summary>true/false, also 1/0 and ja/nej; empty is false.</summary>
    public bool? Flag(string column)
    {
        switch (Raw(column).ToLowerInvariant())
        {
            case "" or "false" or "0" or "nej":
                return false;
            case "true" or "1" or "ja":
                return true;
            default:
                Error(column, ImportCodes.NotTrueOrFalse, ("value", Raw(column)));
                return null;
        }
    }
}

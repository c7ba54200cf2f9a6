using System.Text;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>The CSV of every export, for Danish Excel: UTF-8 with a BOM, ';' between fields, formula cells neutralised.</summary>
public static class CsvText
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static string Field(string text)
    {
        var cell = SpreadsheetText.Cell(text);
        return cell.IndexOfAny([';', '"', '\n', '\r']) < 0 ? cell : $"\"{cell.Replace("\"", "\"\"")}\"";
    }
}

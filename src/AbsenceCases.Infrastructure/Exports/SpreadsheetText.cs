using System.Buffers;
using System.Text;
using System.Xml;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// A text cell as both exports write it. A text that starts like a formula gets a leading apostrophe, so that no
/// spreadsheet runs it (CSV injection); the apostrophe also keeps it text when a cell of the workbook is edited.
/// Characters that XML cannot carry, which a workbook would refuse, become U+FFFD. Numbers are written as numbers
/// and never come here, so a negative number stays a number.
/// </summary>
public static class SpreadsheetText
{
    /// <summary>What a spreadsheet may read as the start of a formula: = + - @, tab and line breaks, and the full-width = + - @.</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20");

    public static string Cell(string text)
    {
        var safe = XmlSafe(text);
        return safe.Length > 0 && FormulaStarts.Contains(safe[0]) ? "'" + safe : safe;
    }

    private static string XmlSafe(string text)
    {
        StringBuilder? safe = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe?.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe?.Append(text[i]);
            }
            else
            {
                safe ??= new StringBuilder(text.Length).Append(text, 0, i);
                safe.Append('\uFFFD');
            }
        }

        return safe?.ToString() ?? text;
    }
}

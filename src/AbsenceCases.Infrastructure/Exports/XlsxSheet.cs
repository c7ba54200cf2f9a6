using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// A table as an Excel workbook of one sheet: a bold header row, texts made safe by <see cref="SpreadsheetText"/>,
/// numbers as numeric cells, an empty cell where a figure is missing. Rows are written one at a time (the SAX way), so
/// a table of a hundred thousand rows stays cheap.
/// </summary>
public static class XlsxSheet
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint BoldStyle = 1;

    /// <param name="widths">Each column's width in characters, in header order.</param>
    public static byte[] Write(string name, IReadOnlyList<string> headers, IReadOnlyList<double> widths, IEnumerable<IEnumerable<XlsxCell>> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(sheet, headers, widths, rows);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = name }));
        }

        return stream.ToArray();
    }

    private static void WriteSheet(WorksheetPart sheet, IReadOnlyList<string> headers, IReadOnlyList<double> widths, IEnumerable<IEnumerable<XlsxCell>> rows)
    {
        using var writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < widths.Count; i++)
        {
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row());
        foreach (var header in headers)
        {
            writer.WriteElement(Text(header, BoldStyle));
        }

        writer.WriteEndElement();
        foreach (var row in rows)
        {
            writer.WriteStartElement(new Row());
            foreach (var cell in row)
            {
                writer.WriteElement(Of(cell));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>An empty cell still takes its place, so the cells after it stay under their headers.</summary>
    private static Cell Of(XlsxCell cell) => cell switch
    {
        { Text: { } text } => Text(text),
        { Number: { } number } => new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) },
        _ => new Cell(),
    };

    private static Cell Text(string text, uint style = 0) =>
        new(new InlineString(new Text(SpreadsheetText.Cell(text)))) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}

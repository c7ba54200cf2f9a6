using AbsenceCases.Application.Statistics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// The absence-rate table as an Excel workbook: one sheet, a bold header row, numbers as numeric cells.
/// Rows are written one at a time (the SAX way), so a table of a hundred thousand rows stays cheap.
/// </summary>
public static class AbsenceRateXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string SheetName = "Fravær";

    private const uint BoldStyle = 1;

    private static readonly double[] ColumnWidths = [18, 32, 38, 24, 14, 14, 15, 12, 22, 19];

    public static byte[] Write(AbsenceRateTable table)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            WriteSheet(sheet, table);
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = SheetName }));
        }

        return stream.ToArray();
    }

    private static void WriteSheet(WorksheetPart sheet, AbsenceRateTable table)
    {
        using var writer = OpenXmlWriter.Create(sheet);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new Columns());
        for (var i = 0; i < ColumnWidths.Length; i++)
        {
            writer.WriteElement(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = ColumnWidths[i], CustomWidth = true });
        }

        writer.WriteEndElement();
        writer.WriteStartElement(new SheetData());
        writer.WriteStartElement(new Row());
        foreach (var header in AbsenceRateColumns.Headers)
        {
            writer.WriteElement(Text(header, BoldStyle));
        }

        writer.WriteEndElement();
        foreach (var row in table.Report.Rows)
        {
            var (period, unit, type, band) = AbsenceRateColumns.Texts(table, row);
            writer.WriteStartElement(new Row());
            writer.WriteElement(Text(period));
            writer.WriteElement(Text(unit));
            writer.WriteElement(Text(type));
            writer.WriteElement(Text(band));
            foreach (var number in AbsenceRateColumns.Numbers(row))
            {
                writer.WriteElement(new Cell { DataType = CellValues.Number, CellValue = new CellValue(number) });
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Cell Text(string text, uint style = 0) =>
        new(new InlineString(new Text(SpreadsheetText.Cell(text)))) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style };

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}

using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>An exported workbook's one sheet, read back as rows of cells.</summary>
public static class Workbook
{
    public static async Task<List<List<Cell>>> RowsAsync(HttpResponseMessage response) => Rows(await response.Content.ReadAsByteArrayAsync());

    public static List<List<Cell>> Rows(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), isEditable: false);
        var part = document.WorkbookPart!;
        var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single();
        return ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>()
            .Select(row => row.Elements<Cell>().Select(c => (Cell)c.CloneNode(deep: true)).ToList())
            .ToList();
    }

    /// <summary>What the cell shows: its text, or its number as written (invariant), or nothing.</summary>
    public static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}

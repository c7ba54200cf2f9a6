using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>The wellbeing-against-absence table as an Excel workbook: the rows of the CSV, with numeric cells.</summary>
public static class WellbeingAbsenceXlsx
{
    public const string ContentType = XlsxSheet.ContentType;
    public const string SheetName = "Trivsel og fravær";

    private static readonly double[] ColumnWidths = [12, 28, 36, 10, 12, 16, 13, 13, 15, 21, 38];

    public static string FileName(WellbeingAgainstAbsence table) => WellbeingAbsenceColumns.FileName(table, "xlsx");

    public static byte[] Write(WellbeingAgainstAbsence table) =>
        XlsxSheet.Write(SheetName, WellbeingAbsenceColumns.Headers, ColumnWidths, WellbeingAbsenceColumns.Rows(table).Select(Cells));

    private static IEnumerable<XlsxCell> Cells(WellbeingAbsenceRow row) =>
        row.Texts.Select(XlsxCell.Of).Concat(row.Scores.Select(XlsxCell.Of)).Concat(row.Absence.Select(XlsxCell.Of));
}

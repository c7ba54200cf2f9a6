using AbsenceCases.Application.Statistics;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>The absence-rate table as an Excel workbook: the texts of each row, then its numbers as numeric cells.</summary>
public static class AbsenceRateXlsx
{
    public const string ContentType = XlsxSheet.ContentType;
    public const string SheetName = "Fravær";

    private static readonly double[] ColumnWidths = [18, 32, 38, 24, 14, 14, 15, 12, 22, 19];

    public static byte[] Write(AbsenceRateTable table) =>
        XlsxSheet.Write(SheetName, AbsenceRateColumns.Headers, ColumnWidths, table.Report.Rows.Select(row => Cells(table, row)));

    private static IEnumerable<XlsxCell> Cells(AbsenceRateTable table, AbsenceRateRow row)
    {
        var (period, unit, type, band) = AbsenceRateColumns.Texts(table, row);
        return new[] { period, unit, type, band }.Select(XlsxCell.Of)
            .Concat(AbsenceRateColumns.Numbers(row).Select(number => XlsxCell.Of(number)));
    }
}

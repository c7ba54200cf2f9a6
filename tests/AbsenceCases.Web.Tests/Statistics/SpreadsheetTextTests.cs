using System.Globalization;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Infrastructure.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>The text cells of the exports: what starts like a formula is neutralised, numbers stay numbers.</summary>
public sealed class SpreadsheetTextTests
{
    [TestCase("=1+2", "'=1+2")]
    [TestCase("+45 12345678", "'+45 12345678")]
    [TestCase("-3", "'-3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\t=1+2", "'\t=1+2")]
    [TestCase("\r=1+2", "'\r=1+2")]
    [TestCase("\n=1+2", "'\n=1+2")]
    [TestCase("＝1+2", "'＝1+2")]
    [TestCase("Værkstedet", "Værkstedet")]
    [TestCase("Team 1=A-B", "Team 1=A-B")]
    [TestCase("", "")]
    public void ShouldPrefixATextThatStartsLikeAFormula(string text, string cell)
    {
        Assert.That(SpreadsheetText.Cell(text), Is.EqualTo(cell));
    }

    [TestCase("Værk\u0001stedet", "Værk\uFFFDstedet")]
    [TestCase("\u0000=1", "\uFFFD=1")]
    [TestCase("Smil 😀", "Smil 😀")]
    public void ShouldReplaceWhatXmlCannotHold(string text, string cell)
    {
        Assert.That(SpreadsheetText.Cell(text), Is.EqualTo(cell));
    }

    [Test]
    public void ShouldKeepANegativeNumberANumberBesideATextThatLooksLikeOne()
    {
        var row = new AbsenceRateRow("2024-03..2024-03", 7, null, null, 10, -1.5, -15, 0.5, -3, 0);
        var table = new AbsenceRateTable(
            new AbsenceRateReport("2024-03", "2024-03", new DateOnly(2024, 3, 31), [row]), "-1,5", new Dictionary<int, string> { [7] = "-1,5" }, null);

        using var document = SpreadsheetDocument.Open(new MemoryStream(AbsenceRateXlsx.Write(table)), isEditable: false);

        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.That(cells[1].InlineString?.InnerText, Is.EqualTo("'-1,5"));
        Assert.That(cells.Skip(4).Select(c => c.DataType?.Value), Is.All.EqualTo(CellValues.Number));
        Assert.That(cells.Skip(4).Select(c => double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)), Is.EqualTo(new[] { 10, -1.5, -15, 0.5, -3, 0 }));
    }
}

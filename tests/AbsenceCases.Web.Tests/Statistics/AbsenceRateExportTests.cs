using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>The CSV and XLSX exports hold the same rows as the JSON table, with Danish headers.</summary>
public sealed class AbsenceRateExportTests : StatisticsTest
{
    private const string Header =
        "Periode;Enhed;Fraværstype;Varighed;Mulige dage;Fraværsdage;Fraværsprocent;Årsværk;Fraværsdage pr. årsværk;Afsluttede perioder";

    // 18.5 h in W1; March 2024 has 19 working days: possible 9.5; 4–8 March at 100 % = 2.5 and 11–15 March at 50 %
    // = 1.25: absence 3.75, rate 100 × 3.75 / 9.5 = 39.473684…, FTE 0.5, days per FTE 7.5, two periods.
    private const string Employees = "7001;Bo Brink;W1;18.5;2024-01-01;;Kok\n";
    private const string Absences = "7001;2024-03-04;2024-03-08;100;own_illness\n7001;2024-03-11;2024-03-15;50;own_illness\n";

    [Test]
    public async Task ShouldExportCsvForDanishExcel()
    {
        var hr = await Import(Employees, Absences);
        var stat = await UnitId("STAT");

        var response = await hr.GetAsync($"/api/statistics/absence-rate.csv?from=2024-03&to=2024-03&unitId={stat}&groupBy=unit");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("fravaer-2024-03-2024-03.csv"));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "a byte-order mark, so Excel reads UTF-8");
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Is.EqualTo(new[]
        {
            Header,
            "2024-03..2024-03;Statistikområdet;Sygefravær (egen sygdom og arbejdsskade);Alle;9,5;3,75;39,473684;0,5;7,5;2",
            "2024-03..2024-03;Værkstedet;Sygefravær (egen sygdom og arbejdsskade);Alle;9,5;3,75;39,473684;0,5;7,5;2",
            "2024-03..2024-03;Holdet;Sygefravær (egen sygdom og arbejdsskade);Alle;0;0;0;0;0;0",
            "2024-03..2024-03;Køkkenet;Sygefravær (egen sygdom og arbejdsskade);Alle;0;0;0;0;0;0",
        }));
    }

    [Test]
    public async Task ShouldNameTheTypesAndBandsInDanish()
    {
        var hr = await Import(Employees, Absences);
        var w1 = await UnitId("W1");

        var response = await hr.GetAsync($"/api/statistics/absence-rate.csv?from=2024-03&to=2024-03&unitId={w1}&groupBy=lengthBand&absenceType=own_illness");

        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines.Skip(1).Select(l => string.Join(';', l.Split(';').Take(4))), Is.EqualTo(new[]
        {
            "2024-03..2024-03;Værkstedet;Egen sygdom;Kort (1-14 dage)",
            "2024-03..2024-03;Værkstedet;Egen sygdom;Mellemlang (15-29 dage)",
            "2024-03..2024-03;Værkstedet;Egen sygdom;Lang (30 dage og derover)",
        }));
    }

    [Test]
    public async Task ShouldExportAWorkbookWithNumericCells()
    {
        var hr = await Import(Employees, Absences);
        var stat = await UnitId("STAT");

        var response = await hr.GetAsync($"/api/statistics/absence-rate.xlsx?from=2024-03&to=2024-03&unitId={stat}&groupBy=unit");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single();
        Assert.That(sheet.Name?.Value, Is.EqualTo("Fravær"));
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
        Assert.That(rows, Has.Count.EqualTo(5));
        Assert.That(string.Join(';', rows[0].Elements<Cell>().Select(Text)), Is.EqualTo(Header));
        var w1 = rows[2].Elements<Cell>().ToList();
        Assert.That(w1.Take(4).Select(Text), Is.EqualTo(new[] { "2024-03..2024-03", "Værkstedet", "Sygefravær (egen sygdom og arbejdsskade)", "Alle" }));
        Assert.That(w1.Skip(4).Select(c => c.DataType?.Value), Is.All.EqualTo(CellValues.Number));
        var numbers = w1.Skip(4).Select(c => double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).ToList();
        Assert.That(numbers, Is.EqualTo(new[] { 9.5, 3.75, 100 * 3.75 / 9.5, 0.5, 7.5, 2 }).Within(1e-9));
    }

    private static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
}

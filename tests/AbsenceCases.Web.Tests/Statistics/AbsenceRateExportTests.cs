using System.Globalization;
using System.Text;
using AbsenceCases.Application.Imports;
using AbsenceCases.Infrastructure.Persistence;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Statistics;

/// <summary>The CSV and XLSX exports hold the same rows as the JSON table, with Danish headers.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AbsenceRateExportTests(DatabaseProvider provider) : StatisticsTest(provider)
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
        Assert.That(string.Join(';', rows[0].Elements<Cell>().Select(Workbook.Text)), Is.EqualTo(Header));
        var w1 = rows[2].Elements<Cell>().ToList();
        Assert.That(w1.Take(4).Select(Workbook.Text), Is.EqualTo(new[] { "2024-03..2024-03", "Værkstedet", "Sygefravær (egen sygdom og arbejdsskade)", "Alle" }));
        Assert.That(w1.Skip(4).Select(c => c.DataType?.Value), Is.All.EqualTo(CellValues.Number));
        var numbers = w1.Skip(4).Select(c => double.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)).ToList();
        Assert.That(numbers, Is.EqualTo(new[] { 9.5, 3.75, 100 * 3.75 / 9.5, 0.5, 7.5, 2 }).Within(1e-9));
    }

    /// <summary>A spreadsheet must not run a unit's name as a formula: it starts with an apostrophe in both exports.</summary>
    [Test]
    public async Task ShouldNeutraliseUnitNamesThatStartLikeAFormula()
    {
        var hr = await Import(Employees, Absences);
        await (await hr.PostCsv("/api/imports/units",
            "unit_code;name;kind;parent_code;is_pilot\n" +
            "STAT;-Statistik;area;TEST;false\n" +
            "W1;\"=HYPERLINK(\"\"https://evil.example\"\";\"\"Værkstedet\"\")\";workplace;STAT;true\n" +
            "T1;+45 Holdet;team;W1;false\n" +
            "W2;@Køkkenet;workplace;STAT;false\n")).Read<ImportResult>();
        var query = $"from=2024-03&to=2024-03&unitId={await UnitId("STAT")}&groupBy=unit";

        var csv = await (await hr.GetAsync($"/api/statistics/absence-rate.csv?{query}")).Content.ReadAsStringAsync();
        var xlsx = await Workbook.RowsAsync(await hr.GetAsync($"/api/statistics/absence-rate.xlsx?{query}"));

        var units = new[] { "'-Statistik", "'=HYPERLINK(\"https://evil.example\";\"Værkstedet\")", "'+45 Holdet", "'@Køkkenet" };
        Assert.That(csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), Is.EqualTo(new[]
        {
            "2024-03..2024-03;'-Statistik;Sygefravær (egen sygdom og arbejdsskade);Alle;9,5;3,75;39,473684;0,5;7,5;2",
            "2024-03..2024-03;\"'=HYPERLINK(\"\"https://evil.example\"\";\"\"Værkstedet\"\")\";Sygefravær (egen sygdom og arbejdsskade);Alle;9,5;3,75;39,473684;0,5;7,5;2",
            "2024-03..2024-03;'+45 Holdet;Sygefravær (egen sygdom og arbejdsskade);Alle;0;0;0;0;0;0",
            "2024-03..2024-03;'@Køkkenet;Sygefravær (egen sygdom og arbejdsskade);Alle;0;0;0;0;0;0",
        }));
        Assert.That(xlsx.Skip(1).Select(row => Workbook.Text(row[1])), Is.EqualTo(units));
        Assert.That(xlsx.Skip(1).SelectMany(row => row.Skip(4)).Select(c => c.DataType?.Value), Is.All.EqualTo(CellValues.Number));
    }

    /// <summary>A name stored before names were checked, with a control character XML cannot hold, no longer breaks the workbook.</summary>
    [Test]
    public async Task ShouldExportAStoredNameWithAControlCharacter()
    {
        var hr = await Import(Employees, Absences);
        await World.InDatabase(db => db.Database.ExecuteSqlInterpolatedAsync($"""UPDATE "Units" SET "Name" = {"Værk\u0001stedet"} WHERE "Code" = 'W1'"""));
        var query = $"from=2024-03&to=2024-03&unitId={await UnitId("W1")}&groupBy=unit";

        var response = await hr.GetAsync($"/api/statistics/absence-rate.xlsx?{query}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Workbook.Text((await Workbook.RowsAsync(response))[1][1]), Is.EqualTo("Værk\uFFFDstedet"));
    }
}

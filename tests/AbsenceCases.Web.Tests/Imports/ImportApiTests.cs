using System.Text;
using System.Text.Json;
using AbsenceCases.Application.Imports;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Imports;

/// <summary>Imports are all-or-nothing, name every bad row by line and column, and change nothing on a repeat.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ImportApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Units =
        "unit_code;name;kind;parent_code;is_pilot\n" +
        "SKO;Skoler;area;TEST;false\n" +
        "S01;Nordskolen;workplace;SKO;true\n" +
        "S01-T1;Indskoling;team;S01;false\n";

    private const string Employees =
        "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
        "5001;Eva Frost;S01;37;2024-01-01;2025-07-31;Lærer\n" +
        "5001;Eva Frost;S01-T1;18,5;2025-08-01;;Lærer\n" +
        "5002;Finn Gade;S01;32.5;2023-08-01;;Pædagog\n";

    private const string Absences =
        "employee_number;first_day;last_day;percent;absence_type\n" +
        "5001;2025-02-03;2025-02-05;100;own_illness\n" +
        "5001;2025-09-01;;50;own_illness\n" +
        "5002;2025-03-10;2025-03-10;100;child_illness\n";

    [Test]
    public async Task ShouldImportUnitsEmployeesAndAbsencesAndChangeNothingOnARepeat()
    {
        var hr = await World.Hr();

        var units = await (await hr.PostCsv("/api/imports/units", Units)).Read<ImportResult>();
        var employees = await (await hr.PostCsv("/api/imports/employees", Employees)).Read<ImportResult>();
        var absences = await (await hr.PostCsv("/api/imports/absences", Absences)).Read<ImportResult>();

        Assert.That((units, employees, absences), Is.EqualTo((new ImportResult(3, 0, 0), new ImportResult(3, 0, 0), new ImportResult(3, 0, 0))));
        var again = new[]
        {
            await (await hr.PostCsv("/api/imports/units", Units)).Read<ImportResult>(),
            await (await hr.PostCsv("/api/imports/employees", Employees)).Read<ImportResult>(),
            await (await hr.PostCsv("/api/imports/absences", Absences)).Read<ImportResult>(),
        };
        Assert.That(again, Is.All.EqualTo(new ImportResult(0, 0, 3)));
        var team = await World.InDatabase(db => db.Units.SingleAsync(u => u.Code == "S01-T1"));
        Assert.That(team.Path, Is.EqualTo("/TEST/SKO/S01/S01-T1/"));
        var eva = await World.InDatabase(db => db.Employees.Include(e => e.Employments).SingleAsync(e => e.EmployeeNumber == "5001"));
        Assert.That(eva.Employments.Select(e => (e.WeeklyHours, e.From, e.To)), Is.EquivalentTo(new (decimal, DateOnly, DateOnly?)[]
        {
            (37m, new DateOnly(2024, 1, 1), new DateOnly(2025, 7, 31)),
            (18.5m, new DateOnly(2025, 8, 1), null),
        }));
    }

    [Test]
    public async Task ShouldUpdateChangedRowsByTheirKeys()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        await hr.PostCsv("/api/imports/employees", Employees);
        await hr.PostCsv("/api/imports/absences", Absences);

        var result = await (await hr.PostCsv("/api/imports/absences", Absences.Replace("2025-09-01;;50", "2025-09-01;2025-09-30;50"))).Read<ImportResult>();

        Assert.That(result, Is.EqualTo(new ImportResult(0, 1, 2)));
        var spell = await World.InDatabase(db => db.Spells.SingleAsync(s => s.FirstDay == new DateOnly(2025, 9, 1)));
        Assert.That(spell.LastDay, Is.EqualTo(new DateOnly(2025, 9, 30)));
    }

    [Test]
    public async Task ShouldRejectABadUnitsFileWholeWithEveryBadLine()
    {
        var hr = await World.Hr();
        const string csv =
            "unit_code;name;kind;parent_code;is_pilot\n" +
            "OK1;Fin enhed;area;TEST;false\n" +
            "BAD CODE;Mellemrum;area;TEST;false\n" +
            "X2;;area;TEST;false\n" +
            "X3;Ukendt art;department;TEST;false\n" +
            "X4;Ukendt forælder;workplace;NOPE;false\n" +
            "X5;Forkert niveau;area;A1;false\n" +
            "X6;Pilot?;workplace;OK1;maybe\n" +
            "OK1;Igen;area;TEST;false\n";

        var errors = await ImportErrors(await hr.PostCsv("/api/imports/units", csv));

        Assert.That(errors, Is.EqualTo(new[]
        {
            (3, "unit_code"), (4, "name"), (5, "kind"), (6, "parent_code"), (7, "parent_code"), (8, "is_pilot"), (9, "unit_code"),
        }));
        Assert.That(await World.InDatabase(db => db.Units.CountAsync()), Is.EqualTo(5), "nothing was imported");
    }

    [Test]
    public async Task ShouldRejectABadEmployeesFileWholeWithEveryBadLine()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        const string csv =
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "6001;Gerda Holm;S01;37;2024-01-01;;Lærer\n" +
            "6002;Hans Iversen;NOPE;37;2024-01-01;;Lærer\n" +
            "6003;Ib Jensen;S01;0;2024-01-01;;Lærer\n" +
            "6004;Jens Kock;S01;49;2024-01-01;;Lærer\n" +
            "6005;Kim Lund;S01;37;2024-13-01;;Lærer\n" +
            "6006;Lis Mørk;S01;37;2024-05-01;2024-04-30;Lærer\n" +
            "6001;Gerda Holm;S01;20;2024-06-01;;Lærer\n" +
            "6007;Mads Nør;S01;3x;2024-01-01;;Lærer\n" +
            "6008;For få felter\n";

        var errors = await ImportErrors(await hr.PostCsv("/api/imports/employees", csv));

        Assert.That(errors, Is.EqualTo(new[]
        {
            (3, "unit_code"), (4, "weekly_hours"), (5, "weekly_hours"), (6, "employed_from"), (7, "employed_to"),
            (8, "employed_from"), (9, "weekly_hours"), (10, ""),
        }));
        Assert.That(await World.InDatabase(db => db.Employees.CountAsync()), Is.EqualTo(4));
    }

    [Test]
    public async Task ShouldRejectABadAbsencesFileWholeWithEveryBadLine()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        await hr.PostCsv("/api/imports/employees", Employees);
        const string csv =
            "employee_number;first_day;last_day;percent;absence_type\n" +
            "5002;2025-01-06;2025-01-08;100;own_illness\n" +
            "9999;2025-01-06;2025-01-08;100;own_illness\n" +
            "5002;2025-01-07;2025-01-09;100;own_illness\n" +
            "5002;2025-02-03;2025-02-01;100;own_illness\n" +
            "5002;2025-03-03;2025-03-04;0;own_illness\n" +
            "5002;2025-03-03;2025-03-04;101;own_illness\n" +
            "5002;2025-04-01;2025-04-02;100;influenza\n" +
            "5002;2020-01-06;2020-01-07;100;own_illness\n" +
            "5002;2025-05-05;;100;child_illness\n" +
            "5002;2025-06-02;2025-06-03;100;child_illness\n";

        var errors = await ImportErrors(await hr.PostCsv("/api/imports/absences", csv));

        Assert.That(errors, Is.EqualTo(new[]
        {
            (3, "employee_number"), (4, "first_day"), (5, "last_day"), (6, "percent"), (7, "percent"), (8, "absence_type"),
            (9, "first_day"), (11, "first_day"),
        }));
        Assert.That(await World.InDatabase(db => db.Spells.CountAsync()), Is.Zero);
    }

    [Test]
    public async Task ShouldRejectEmploymentsOfOneEmployeeStartingTheSameDay()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        const string csv =
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "6101;Hanne Iversen;S01;18.5;2024-01-01;2024-06-30;Lærer\n" +
            "6102;Ib Juhl;S01;37;2024-01-01;;Lærer\n" +
            "6101;Hanne Iversen;S01-T1;18.5;2024-01-01;2024-03-31;Lærer\n";

        var errors = await ImportErrors(await hr.PostCsv("/api/imports/employees", csv));

        Assert.That(errors, Is.EqualTo(new[] { (4, "employed_from") }));
        Assert.That(await World.InDatabase(db => db.Employees.CountAsync()), Is.EqualTo(4));
    }

    [Test]
    public async Task ShouldReplaceAnEmployeesEmploymentsWithTheFilesAndRenameThem()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        await hr.PostCsv("/api/imports/employees", Employees);

        var result = await (await hr.PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "5001;Eva Frost-Holm;S01;37;2024-01-01;2025-07-31;Lærer\n" +
            "5002;Finn Gade;S01;30;2023-08-01;;Pædagog\n")).Read<ImportResult>();

        // Eva is renamed (her kept row counts as updated) and loses the 2025-08-01 row; Finn's hours change.
        Assert.That(result, Is.EqualTo(new ImportResult(0, 2, 0)));
        var eva = await World.InDatabase(db => db.Employees.Include(e => e.Employments).SingleAsync(e => e.EmployeeNumber == "5001"));
        var finn = await World.InDatabase(db => db.Employments.SingleAsync(e => e.Employee!.EmployeeNumber == "5002"));
        Assert.That((eva.Name, eva.Employments.Count, finn.WeeklyHours), Is.EqualTo(("Eva Frost-Holm", 1, 30m)));
    }

    [Test]
    public async Task ShouldReadALastLineWithoutLineBreakAndOldMacLineEnds()
    {
        var hr = await World.Hr();

        var result = await (await hr.PostCsv("/api/imports/units", Units.Replace("\n", "\r").TrimEnd('\r'))).Read<ImportResult>();

        Assert.That(result.Imported, Is.EqualTo(3));
    }

    [Test]
    public async Task ShouldReadAQuotedFieldWithSemicolonsAndQuotes()
    {
        var hr = await World.Hr();

        await (await hr.PostCsv("/api/imports/units",
            "unit_code;name;kind;parent_code;is_pilot\nSKO;\"Skoler; \"\"nord\"\" og syd\";area;TEST;false\nS01;Nordskolen;workplace;SKO;true\n")).Read<ImportResult>();

        var name = await World.InDatabase(db => db.Units.Where(u => u.Code == "SKO").Select(u => u.Name).SingleAsync());
        Assert.That(name, Is.EqualTo("Skoler; \"nord\" og syd"));
    }

    /// <summary>A name is one line: a line break in a quoted field or a control character refuses the file, by the record's first line.</summary>
    [Test]
    public async Task ShouldRejectANameWithALineBreakOrAControlCharacter()
    {
        var hr = await World.Hr();
        const string csv =
            "unit_code;name;kind;parent_code;is_pilot\n" +
            "SKO;\"Skoler\nog syd\";area;TEST;false\n" +
            "S01;Nord\u0001skolen;workplace;TEST;true\n";

        var problem = await (await hr.PostCsv("/api/imports/units", csv)).Problem(HttpStatusCode.BadRequest);

        Assert.That(ErrorsOf(problem), Is.EqualTo(new[]
        {
            (2, "name", "field.notSingleLine(found: U+000A)"),
            (4, "name", "field.notSingleLine(found: U+0001)"),
        }));
        Assert.That(await World.InDatabase(db => db.Units.CountAsync()), Is.EqualTo(5), "nothing was imported");
    }

    [Test]
    public async Task ShouldRejectAFileThatIsNotUtf8()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        var bytes = Encoding.UTF8.GetBytes(
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "6001;Gerda Holm;S01;37;2024-01-01;;Lærer\n" +
            "6002;S?ren Holm;S01;37;2024-01-01;;Lærer\n");
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xF8; // "ø" in Windows-1252, not UTF-8
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");

        var problem = await (await hr.PostAsync("/api/imports/employees", content)).Problem(HttpStatusCode.BadRequest);

        Assert.That(ErrorsOf(problem), Is.EqualTo(new[]
        {
            (3, "name", "field.notSingleLine(found: U+FFFD)"),
        }));
        Assert.That(await World.InDatabase(db => db.Employees.CountAsync()), Is.EqualTo(4), "nothing was imported");
    }

    [Test]
    public async Task ShouldRejectASpellOverlappingOneAlreadyStored()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        await hr.PostCsv("/api/imports/employees", Employees);
        await hr.PostCsv("/api/imports/absences", Absences);

        var errors = await ImportErrors(await hr.PostCsv("/api/imports/absences",
            "employee_number;first_day;last_day;percent;absence_type\n5001;2025-02-04;2025-02-06;100;own_illness\n"));

        Assert.That(errors, Is.EqualTo(new[] { (2, "first_day") }));
    }

    [TestCase("", TestName = "empty file")]
    [TestCase("employee_number;first_day;percent;absence_type\n", TestName = "missing column")]
    [TestCase("employee_number;first_day;last_day;percent;absence_type;extra\n", TestName = "unknown column")]
    public async Task ShouldRejectAFileWithABadHeader(string csv)
    {
        var errors = await ImportErrors(await (await World.Hr()).PostCsv("/api/imports/absences", csv));

        Assert.That(errors.Select(e => e.Line), Is.All.EqualTo(1));
    }

    [Test]
    public async Task ShouldAcceptAByteOrderMarkAndCrLfLineEnds()
    {
        var hr = await World.Hr();

        var result = await (await hr.PostCsv("/api/imports/units", "\uFEFF" + Units.Replace("\n", "\r\n"))).Read<ImportResult>();

        Assert.That(result.Imported, Is.EqualTo(3));
    }

    [Test]
    public async Task ShouldLetOnlyHrAndAdminImport()
    {
        var response = await (await World.ManagerA()).PostCsv("/api/imports/units", Units);

        await response.Problem(HttpStatusCode.Forbidden);
    }

    private static List<(int Line, string Column, string Message)> ErrorsOf(System.Text.Json.JsonElement problem) =>
        problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString()!, HttpExtensions.Coded(e)))
            .ToList();

    private static async Task<List<(int Line, string Column)>> ImportErrors(HttpResponseMessage response)
    {
        var problem = await response.Problem(HttpStatusCode.BadRequest);
        return problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString()!))
            .ToList();
    }
}

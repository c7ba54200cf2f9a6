using System.Net;
using AbsenceCases.Application.Imports;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Imports;

/// <summary>
/// employees.csv with the optional employment_id column: concurrent employments of one person in two units import,
/// re-import unchanged, and are matched by employment id and employed_from.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class ConcurrentEmploymentImportTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Units =
        "unit_code;name;kind;parent_code;is_pilot\n" +
        "SKO;Skoler;area;TEST;false\n" +
        "S01;Nordskolen;workplace;SKO;true\n" +
        "S02;Sydskolen;workplace;SKO;false\n";

    private const string Header = "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group;employment_id\n";

    private const string Employees =
        Header +
        "7001;Gitte Lund;S01;20;2024-01-01;;Lærer;7001-1\n" +
        "7001;Gitte Lund;S02;17;2024-08-01;2025-07-31;Lærer;7001-2\n" +
        "7001;Gitte Lund;S02;12;2025-08-01;;Lærer;7001-2\n" +
        "7002;Hans Mørk;S01;37;2023-01-01;;Pædagog;\n";

    [Test]
    public async Task ShouldImportConcurrentEmploymentsAndChangeNothingOnARepeat()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);

        var first = await (await hr.PostCsv("/api/imports/employees", Employees)).Read<ImportResult>();
        var again = await (await hr.PostCsv("/api/imports/employees", Employees)).Read<ImportResult>();

        Assert.That((first, again), Is.EqualTo((new ImportResult(4, 0, 0), new ImportResult(0, 0, 4))));
        var employments = await Employments("7001");
        Assert.That(employments, Is.EquivalentTo(new (string, decimal, DateOnly, DateOnly?, string?)[]
        {
            ("S01", 20m, new DateOnly(2024, 1, 1), null, "7001-1"),
            ("S02", 17m, new DateOnly(2024, 8, 1), new DateOnly(2025, 7, 31), "7001-2"),
            ("S02", 12m, new DateOnly(2025, 8, 1), null, "7001-2"),
        }));
        Assert.That((await Employments("7002")).Single().Item5, Is.Null);
    }

    [Test]
    public async Task ShouldRejectOverlappingRowsOfOneEmploymentIdByLine()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        const string csv =
            Header +
            "7001;Gitte Lund;S01;20;2024-01-01;;Lærer;7001-1\n" +
            "7001;Gitte Lund;S02;17;2024-08-01;;Lærer;7001-2\n" +
            "7001;Gitte Lund;S02;10;2025-01-01;;Lærer;7001-1\n";

        var response = await hr.PostCsv("/api/imports/employees", csv);

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        var error = problem.GetProperty("errors").EnumerateArray().Single();
        Assert.That(
            (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString(), error.GetProperty("code").GetString(),
                error.GetProperty("args").GetProperty("line").GetInt32()),
            Is.EqualTo((4, "employed_from", ImportCodes.OverlapsEmployment, 2)));
        Assert.That(await World.InDatabase(db => db.Employees.CountAsync(e => e.EmployeeNumber == "7001")), Is.Zero);
    }

    [Test]
    public async Task ShouldMatchARowByEmploymentIdAndEmployedFrom()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        await hr.PostCsv("/api/imports/employees", Employees);

        var changed = Employees
            .Replace("S02;12;2025-08-01;;Lærer;7001-2", "S02;15;2025-08-01;;Lærer;7001-2")
            .Replace("S01;20;2024-01-01;;Lærer;7001-1", "S01;20;2024-01-01;;Lærer;7001-9");
        var result = await (await hr.PostCsv("/api/imports/employees", changed)).Read<ImportResult>();

        // 7001-2 from 2025-08-01 is updated in place; 7001-1 became 7001-9: a new employment, the old one deleted.
        Assert.That(result, Is.EqualTo(new ImportResult(Imported: 1, Updated: 1, Unchanged: 2)));
        Assert.That((await Employments("7001")).Select(e => (e.Item2, e.Item5)), Is.EquivalentTo(new (decimal, string?)[]
        {
            (20m, "7001-9"), (17m, "7001-2"), (15m, "7001-2"),
        }));
    }

    [Test]
    public async Task ShouldReadAFileWithoutTheColumnAsOneEmploymentPerEmployee()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/units", Units);
        var withoutColumn =
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "7001;Gitte Lund;S01;20;2024-01-01;;Lærer\n" +
            "7001;Gitte Lund;S02;17;2024-08-01;;Lærer\n";

        var response = await hr.PostCsv("/api/imports/employees", withoutColumn);

        var problem = await response.Problem(HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())),
            Is.EqualTo(new[] { (3, "employed_from") }));
    }

    private async Task<List<(string Unit, decimal Hours, DateOnly From, DateOnly? To, string? EmploymentNumber)>> Employments(string employeeNumber)
    {
        var rows = await World.InDatabase(db => db.Employments
            .Where(e => e.Employee!.EmployeeNumber == employeeNumber)
            .Join(db.Units, e => e.UnitId, u => u.Id, (e, u) => new { u.Code, e.WeeklyHours, e.From, e.To, e.EmploymentNumber })
            .ToListAsync());
        return rows.Select(e => (e.Code, e.WeeklyHours, e.From, e.To, e.EmploymentNumber)).ToList();
    }
}

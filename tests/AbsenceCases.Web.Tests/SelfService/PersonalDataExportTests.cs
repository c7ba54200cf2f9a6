using System.IO.Compression;
using System.Text.Json;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.SelfService;

/// <summary>
/// "Hent mine data" (GDPR art. 15) on a real database: the tables that refer to an employee are read from the database's
/// own foreign keys, not from the code, and each must be in the export with the person's rows and nobody else's.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class PersonalDataExportTests(DatabaseProvider provider) : ApiTest(provider)
{
    private Guid _own;
    private Guid _colleagues;

    [SetUp]
    public async Task FillEveryTableAboutTheEmployee()
    {
        var manager = await World.ManagerA();
        var coordinator = await World.Coordinator();
        _own = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-40));
        await Act(manager, _own, "care-contact", new { on = Today.AddDays(-37) });
        await Act(manager, _own, "first-conversation", new { heldOn = Today.AddDays(-20), form = "InPerson", note = "Samtale om opstart" });
        await Act(manager, _own, "documentation-requests", new { kind = "FitNote", requestedOn = Today.AddDays(-12) });
        (await (await World.Hr()).PostJson($"/api/employees/{World.EmployeeA}/section56-agreements", new { validFrom = new DateOnly(2026, 1, 1) }))
            .EnsureSuccessStatusCode();
        await Act(coordinator, _own, "coordination", new { startedOn = Today.AddDays(-5), reason = "Langvarigt fravær" });
        await Act(coordinator, _own, "prevention-plan", new
        {
            agreedOn = Today,
            measures = new[] { new { description = "Nedsat tid", responsible = "Leder A", followUpOn = Today.AddDays(14) } },
        });
        (await coordinator.PostJson($"/api/coordination-groups/{World.GroupA}/reviews", new
        {
            heldOn = Today,
            attendees = new[] { "Koordinator" },
            items = new[] { new { caseId = _own, decision = "ContinueMonitoring", note = "Følges" } },
        })).EnsureSuccessStatusCode();

        _colleagues = await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-30));
        await Act(manager, _colleagues, "first-conversation", new { heldOn = Today.AddDays(-10), form = "Phone", note = "Kollegaens samtale" });
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();
    }

    [Test]
    public async Task ShouldHoldEveryTableThatRefersToTheEmployeeWithTheirRowsOnly()
    {
        var response = await (await World.EmployeeASelf()).GetAsync("/api/me/data");

        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentDisposition?.FileName, Is.EqualTo("mine-data.json"));
        var tables = Tables(text);
        var aboutEmployees = await TablesReferringToEmployees();
        Assert.That(aboutEmployees, Is.SupersetOf(new[] { "Spells", "Cases", "Conversations", "CoordinationReviewItems", "Reminders" }),
            "the schema query finds the tables");
        Assert.That(tables.Keys, Is.EquivalentTo(aboutEmployees.Append("Employees").Append("AuditLog")));
        Assert.That(tables.Where(t => t.Value.Count == 0).Select(t => t.Key), Is.Empty, "every table has the person's rows");
        Assert.That(tables["Employees"].Select(row => row["Name"]), Is.EqualTo(new[] { "Anna Andersen" }));
        Assert.That(tables["Cases"].Select(row => row["Id"]!.ToUpperInvariant()), Is.EqualTo(new[] { _own.ToString().ToUpperInvariant() }));
        Assert.That(text.ToUpperInvariant(), Does.Not.Contain(_colleagues.ToString().ToUpperInvariant()));
        Assert.That(text, Does.Not.Contain("Clara Dahl").And.Not.Contain("Kollegaens samtale"));
        Assert.That(tables["Conversations"].Select(row => row["Note"]), Is.EqualTo(new[] { "Samtale om opstart" }));
    }

    [Test]
    public async Task ShouldTellWhenTheDataWasReadButNotByWhom()
    {
        var employee = await World.EmployeeASelf();
        (await employee.GetAsync("/api/me/cases")).EnsureSuccessStatusCode();

        var log = Tables(await (await employee.GetAsync("/api/me/data")).Content.ReadAsStringAsync())["AuditLog"];

        Assert.That(log.Select(row => row.Keys.Order().ToList()), Is.All.EqualTo(new[] { "Action", "Allowed", "At" }));
        Assert.That(log.Select(row => row["Action"]), Does.Contain("RegisterSickCall").And.Contain("RecordReview").And.Contain("ListMyCases"));
        Assert.That(log.Select(row => row["Action"]), Does.Not.Contain("ExportMyData"), "the export is audited after it was read");
    }

    [Test]
    public async Task ShouldGiveTheSameTablesAsCsvFilesInAZipArchive()
    {
        var employee = await World.EmployeeASelf();
        var json = Tables(await (await employee.GetAsync("/api/me/data")).Content.ReadAsStringAsync());

        var response = await employee.GetAsync("/api/me/data.zip");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/zip"));
        using var archive = new ZipArchive(await response.Content.ReadAsStreamAsync(), ZipArchiveMode.Read);
        var files = archive.Entries.ToDictionary(e => e.Name, e => new StreamReader(e.Open()).ReadToEnd());
        Assert.That(files.Keys, Is.EquivalentTo(json.Keys.Select(name => $"{name}.csv")));
        foreach (var (name, rows) in json.Where(t => t.Key != "AuditLog"))
        {
            var lines = files[$"{name}.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines[0].TrimStart('\uFEFF').Split(';'), Is.EqualTo(rows[0].Keys), name);
            Assert.That(lines.Length - 1, Is.EqualTo(rows.Count), name);
        }

        Assert.That(files["Employees.csv"], Does.Contain("Anna Andersen"));
    }

    private static Dictionary<string, List<Dictionary<string, string?>>> Tables(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("tables").EnumerateObject().ToDictionary(
            table => table.Name,
            table => table.Value.EnumerateArray()
                .Select(row => row.EnumerateObject().ToDictionary(column => column.Name, column => column.Value.GetString()))
                .ToList());
    }

    /// <summary>The tables whose foreign keys lead to Employees, directly or through another such table, by the database's catalogue.</summary>
    private async Task<List<string>> TablesReferringToEmployees()
    {
        var sql = Provider == DatabaseProvider.Sqlite
            ? """SELECT m.name AS "Dependent", f."table" AS "Principal" FROM sqlite_master AS m JOIN pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table'"""
            : """
              SELECT dependent.relname AS "Dependent", principal.relname AS "Principal"
              FROM pg_constraint AS c JOIN pg_class AS dependent ON dependent.oid = c.conrelid JOIN pg_class AS principal ON principal.oid = c.confrelid
              WHERE c.contype = 'f'
              """;
        var keys = await World.InDatabase(db => db.Database.SqlQueryRaw<ForeignKey>(sql).ToListAsync());
        var reached = new List<string> { "Employees" };
        for (var i = 0; i < reached.Count; i++)
        {
            reached.AddRange(keys.Where(k => k.Principal == reached[i]).Select(k => k.Dependent).Distinct().Where(d => !reached.Contains(d)).ToList());
        }

        return reached.Skip(1).ToList();
    }

    private sealed class ForeignKey
    {
        public string Dependent { get; set; } = string.Empty;

        public string Principal { get; set; } = string.Empty;
    }
}

using System.Data.Common;
using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Retention;

/// <summary>
/// After the retention job nothing identifying the person of an anonymised case is left anywhere in the database:
/// every column of every table is searched for the name, the payroll number and every text written along the case.
/// </summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AnonymisedCaseSearchTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string Name = "Xenia Quistgaard";
    private const string Number = "LØN-7QZK";

    private static readonly string[] Notes =
    [
        "Ringede selv ind fra sommerhuset",
        "Omsorgssamtale: ønsker at blive ringet op",
        "Samtale: gradvis opstart aftalt",
        "Fastholdelsesplan: skånehensyn ved løft",
        "Rundbordsmøde med jobcentret",
        "Koordinering: tredje sygemelding",
        "Hjemmearbejde to dage om ugen",
        "Opfølgende samtale med TR",
        "Hjemmearbejdet fungerede",
        "Ikke længere relevant efter flytning",
        "Gruppen følger med i to uger",
        "Tilbage på fuld tid",
    ];

    [Test]
    public async Task ShouldLeaveNothingIdentifyingThePersonOfAnAnonymisedCase()
    {
        var caseId = await RichCase();
        Assert.That(await Search(), Is.EquivalentTo(Notes.Append(Name).Append(Number)), "every text is stored before the job");

        // The employee left at the end of 2026; five years later both the case and the employee are past retention.
        Factory.Time.SetUtcNow(new DateTimeOffset(2032, 1, 4, 8, 0, 0, TimeSpan.Zero));
        World.ForgetTokens();
        var result = await (await (await World.Admin()).PostAsync("/api/admin/jobs/retention/run", null)).Read<JobResult>();

        Assert.That((result.Counts["cases"], result.Counts["employees"]), Is.EqualTo((2, 1)));
        Assert.That(await Search(), Is.Empty, $"case {caseId}");
    }

    /// <summary>A case rich in text, through the API: every note a case can carry, its plan, its review and its reminders.</summary>
    private async Task<Guid> RichCase()
    {
        var hr = await World.Hr();
        await (await hr.PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            $"{Number};{Name};A;37;2024-01-01;2026-12-31;Pædagog\n")).Read<object>();
        var employeeId = await World.InDatabase(db => db.Employees.Where(e => e.Name == Name).Select(e => e.Id).SingleAsync());
        var manager = await World.ManagerA();
        var coordinator = await World.Coordinator();
        var caseId = (await (await manager.PostJson("/api/sick-calls",
            new { employeeId, firstDay = Today.AddDays(-40), absenceType = "own_illness", note = Notes[0] })).Read<SickCallRegistered>()).CaseId;
        await Act(manager, caseId, "care-contact", new { on = Today.AddDays(-38), note = Notes[1] });
        await Act(manager, caseId, "first-conversation", new { heldOn = Today.AddDays(-20), form = "Phone", note = Notes[2], retentionPlanRequested = true });
        await Act(manager, caseId, "retention-plan", new { madeOn = Today.AddDays(-15), content = Notes[3] });
        await Act(manager, caseId, "round-table", new { heldOn = Today.AddDays(-6), note = Notes[4] });
        await Act(coordinator, caseId, "coordination", new { startedOn = Today.AddDays(-5), reason = Notes[5] });
        await Act(coordinator, caseId, "prevention-plan", new
        {
            agreedOn = Today,
            measures = new[] { new { description = Notes[6], responsible = "Leder A", followUpOn = Today.AddDays(3) } },
        });
        await Act(coordinator, caseId, "prevention-plan/measures",
            new { description = Notes[7], responsible = "Koordinator", responsibleUserId = World.CoordinatorId, followUpOn = Today.AddDays(14) });
        await (await coordinator.PostJson($"/api/coordination-groups/{World.GroupA}/reviews", new
        {
            heldOn = Today,
            attendees = new[] { "Koordinator" },
            items = new[] { new { caseId, decision = "ContinueMonitoring", note = Notes[10] } },
        })).Read<object>();
        // The reminders name the employee in the inbox.
        await (await (await World.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();
        var measures = await World.InDatabase(db => db.Cases.Where(c => c.Id == caseId)
            .SelectMany(c => c.PreventionPlan!.Measures).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync());
        await Act(coordinator, caseId, $"prevention-plan/measures/{measures[0]}/complete", new { completedOn = Today, outcome = Notes[8] });
        await Act(coordinator, caseId, $"prevention-plan/measures/{measures[1]}/drop", new { outcome = Notes[9] });
        await Act(manager, caseId, "close", new { closedOn = Today, reason = "ReturnedToWork", note = Notes[11] });
        // Forty days of absence open a frequent-absence case when the first closes; the person leaves once it is closed too.
        var followUp = await World.InDatabase(db => db.Cases.Where(c => c.EmployeeId == employeeId && c.Id != caseId).Select(c => c.Id).SingleAsync());
        await Act(manager, followUp, "close", new { closedOn = Today, reason = "ReturnedToWork" });
        return caseId;
    }

    /// <summary>Which of the name, the number and the notes some column of some table still holds.</summary>
    private async Task<IReadOnlyList<string>> Search() =>
        await World.InDatabase(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            var columns = await Columns(connection);
            var position = Provider == DatabaseProvider.Postgres ? "strpos" : "instr";
            Assert.That(columns.Select(c => c.Table).Distinct(), Does.Contain("Notifications").And.Contain("CoordinationReviewItems"), "the tables are found");
            var found = new List<string>();
            foreach (var needle in Notes.Append(Name).Append(Number))
            {
                foreach (var (table, column) in columns)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"""SELECT COUNT(*) FROM "{table}" WHERE {position}(CAST("{column}" AS TEXT), @needle) > 0""";
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@needle";
                    parameter.Value = needle;
                    command.Parameters.Add(parameter);
                    if (Convert.ToInt64(await command.ExecuteScalarAsync()) > 0)
                    {
                        found.Add(needle);
                        break;
                    }
                }
            }

            return found;
        });

    /// <summary>Every column of every table of the database.</summary>
    private async Task<List<(string Table, string Column)>> Columns(DbConnection connection)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            var names = await Strings(connection, "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'");
            return [.. names.Select(name => name.Split('.')).Select(parts => (parts[0], parts[1]))];
        }

        var columns = new List<(string Table, string Column)>();
        foreach (var table in await Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            columns.AddRange((await Strings(connection, $"SELECT name FROM pragma_table_info('{table}')")).Select(column => (table, column)));
        }

        return columns;
    }

    private static async Task<List<string>> Strings(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

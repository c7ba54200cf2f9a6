using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Retention;

/// <summary>Closed cases older than five years are anonymised; spells stay for the statistics.</summary>
public sealed class RetentionTests : ApiTest
{
    [Test]
    public async Task ShouldAnonymiseCasesClosedMoreThanFiveYearsAgoAndAuditIt()
    {
        var manager = await World.ManagerA();
        var oldCase = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-20));
        await manager.PostJson($"/api/cases/{oldCase}/first-conversation", new { heldOn = Today.AddDays(-10), form = "Phone", note = "Aftalt gradvis opstart" });
        await manager.PostJson($"/api/cases/{oldCase}/close", new { closedOn = Today, reason = "ReturnedToWork", note = "Tilbage" });
        var recentCase = await ReportSickCall(manager, World.EmployeeA2, Today);

        // Five years and one day later, the old case was closed more than five years ago.
        Factory.Time.Advance(TimeSpan.FromDays(5 * 365 + 2));
        World.ForgetTokens();
        var result = await (await (await World.Admin()).PostAsync("/api/admin/jobs/retention/run", null)).Read<JobResult>();

        Assert.That(result.Counts["cases"], Is.EqualTo(1));
        var old = await GetCase(await World.Hr(), oldCase);
        Assert.That(old.Conversations, Is.Empty);
        Assert.That(old.History.Select(h => h.Note), Is.All.Null);
        Assert.That(old.Spells, Has.Count.EqualTo(1), "spells stay for the statistics");
        Assert.That((await GetCase(await World.Hr(), recentCase)).History.Select(h => h.Action), Does.Not.Contain("Anonymised"));
        var audit = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.Action == "AnonymiseCase"));
        Assert.That((audit.CaseId, audit.UserName, audit.Allowed), Is.EqualTo(((Guid?)oldCase, "Admin", true)), "run now by the admin");
    }

    [Test]
    public async Task ShouldRemoveTheNameOfAnEmployeeWhoLeftMoreThanFiveYearsAgo()
    {
        var hr = await World.Hr();
        await hr.PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" +
            "3001;Gammel Medarbejder;A;37;2015-01-01;2020-12-31;Pædagog\n");

        await (await (await World.Admin()).PostAsync("/api/admin/jobs/retention/run", null)).Read<JobResult>();

        var names = await World.InDatabase(db => db.Employees.OrderBy(e => e.EmployeeNumber).Select(e => e.Name).ToListAsync());
        Assert.That(names, Is.EqualTo(new[] { "Anna Andersen", "Bo Bech", "Clara Dahl", "Dorte Eriksen", Anonymised.Text }));
    }
}

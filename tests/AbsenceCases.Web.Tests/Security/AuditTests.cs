using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>Every read and write of a case is written to the audit log: who, when, what, which case.</summary>
public sealed class AuditTests : ApiTest
{
    [Test]
    public async Task ShouldAuditTheSickCallTheReadAndTheAction()
    {
        var manager = await World.ManagerA();
        var caseId = await ReportSickCall(manager, World.EmployeeA, Today);
        await GetCase(manager, caseId);
        await manager.PostJson($"/api/cases/{caseId}/care-contact", new { on = Today });

        var rows = await World.InDatabase(db => db.AuditEntries.Where(a => a.CaseId == caseId).OrderBy(a => a.Id).ToListAsync());

        Assert.That(rows.Select(r => (r.Action, r.UserId, r.UserName, r.Allowed)), Is.EqualTo(new[]
        {
            ("RegisterSickCall", World.ManagerAId, "Leder A", true),
            ("GetCase", World.ManagerAId, "Leder A", true),
            ("RecordCareContact", World.ManagerAId, "Leder A", true),
        }));
        Assert.That(rows.Select(r => r.At), Is.All.EqualTo(AbsenceCasesFactory.DefaultNow));
    }

    [Test]
    public async Task ShouldAuditAnAttemptOutsideTheCallersScopeAsRefused()
    {
        var caseOfB = await ReportSickCall(await World.ManagerB(), World.EmployeeB, Today);

        await (await World.ManagerA()).GetAsync($"/api/cases/{caseOfB}");

        var refused = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.CaseId == caseOfB && !a.Allowed));
        Assert.That((refused.Action, refused.UserId), Is.EqualTo(("GetCase", World.ManagerAId)));
    }

    [Test]
    public async Task ShouldAuditTheListOfCases()
    {
        await (await World.Hr()).GetAsync("/api/cases");

        var rows = await World.InDatabase(db => db.AuditEntries.Where(a => a.Action == "ListCases").CountAsync());
        Assert.That(rows, Is.EqualTo(1));
    }
}

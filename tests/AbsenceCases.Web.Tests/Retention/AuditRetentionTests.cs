using AbsenceCases.Application.Jobs;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Retention;

/// <summary>The nightly retention deletes audit rows older than Policy:AuditRetentionYears (5), with a list's ids, and nothing younger.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class AuditRetentionTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldDeleteAuditRowsOlderThanFiveYearsAndNothingYounger()
    {
        await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today);
        await (await World.Hr()).GetAsync("/api/cases");
        var start = Factory.Time.GetUtcNow();
        var old = await World.InDatabase(db => db.AuditEntries.Select(a => a.Id).ToListAsync());
        Factory.Time.Advance(TimeSpan.FromDays(2));
        World.ForgetTokens();
        await (await World.Hr()).GetAsync("/api/cases");
        var young = await World.InDatabase(db => db.AuditEntries.Where(a => !old.Contains(a.Id)).Select(a => a.Id).ToListAsync());

        // Five years and one day after the first rows: they are older than five years, the others are not.
        Factory.Time.SetUtcNow(start.AddYears(5).AddDays(1));
        World.ForgetTokens();
        var result = await (await (await World.Admin()).PostAsync("/api/admin/jobs/retention/run", null)).Read<JobResult>();

        var left = await World.InDatabase(db => db.AuditEntries.Select(a => a.Id).ToListAsync());
        Assert.That(old, Is.Not.Empty);
        Assert.That(result.Counts["auditEntries"], Is.EqualTo(old.Count));
        Assert.That(left, Is.SupersetOf(young));
        Assert.That(left.Intersect(old), Is.Empty);
        Assert.That(await World.InDatabase(db => db.AuditSubjects.CountAsync(s => old.Contains(s.AuditEntryId))), Is.Zero);
        Assert.That(await World.InDatabase(db => db.AuditSubjects.CountAsync(s => young.Contains(s.AuditEntryId))), Is.EqualTo(2), "the young list's case and employee");
        var deletion = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.Action == "DeleteOldAuditEntries"));
        Assert.That((deletion.UserName, deletion.Detail), Is.EqualTo(("Admin", $"{old.Count} rows from before {start.AddDays(1):O}")));
    }
}

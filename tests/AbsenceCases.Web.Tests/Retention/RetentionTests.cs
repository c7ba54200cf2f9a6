using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.Retention;

/// <summary>Closed cases older than five years are anonymised; spells stay for the statistics.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class RetentionTests(DatabaseProvider provider) : ApiTest(provider)
{
    private const string LeaverRow = "3001;Gammel Medarbejder;A;37;2015-01-01;2021-12-31;Pædagog\n";

    private const string LeaverSpell = "3001;2021-06-01;2021-06-03;100;own_illness\n";

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
        var result = await RunRetention();

        Assert.That(result.Counts["cases"], Is.EqualTo(1));
        var old = await GetCase(await World.Hr(), oldCase);
        Assert.That(old.Conversations, Is.Empty);
        Assert.That(old.History.Select(h => h.Note), Is.All.Null);
        Assert.That(old.Spells, Has.Count.EqualTo(1), "spells stay for the statistics");
        Assert.That((await GetCase(await World.Hr(), recentCase)).History.Select(h => h.Action), Does.Not.Contain(CaseHistoryAction.Anonymised));
        var audit = await World.InDatabase(db => db.AuditEntries.SingleAsync(a => a.Action == "AnonymiseCase"));
        Assert.That((audit.CaseId, audit.UserName, audit.Allowed), Is.EqualTo(((Guid?)oldCase, "Admin", true)), "run now by the admin");
    }

    [Test]
    public async Task ShouldAnonymiseACaseClosedExactlyFiveYearsAgoButNotOneClosedADayLater()
    {
        var manager = await World.ManagerA();
        var closedFirst = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));
        var closedNextDay = await ReportSickCall(manager, World.EmployeeA2, Today.AddDays(-3));
        await (await manager.PostJson($"/api/cases/{closedFirst}/return", new { returnedOn = Today })).Read<object>();
        Factory.Time.Advance(TimeSpan.FromDays(1));
        World.ForgetTokens();
        await (await (await World.ManagerA()).PostJson($"/api/cases/{closedNextDay}/return", new { returnedOn = Today.AddDays(1) })).Read<object>();

        Factory.Time.SetUtcNow(AbsenceCasesFactory.DefaultNow.AddYears(5));
        var result = await RunRetention();

        var anonymisedOn = await World.InDatabase(db => db.Cases.OrderBy(c => c.ReportedAt).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.AnonymisedOn }).ToDictionaryAsync(c => c.Id, c => c.AnonymisedOn));
        Assert.That(result.Counts["cases"], Is.EqualTo(1));
        Assert.That(anonymisedOn[closedFirst], Is.EqualTo(Today.AddYears(5)), "closed on 16 March 2026, five years ago today");
        Assert.That(anonymisedOn[closedNextDay], Is.Null, "closed on 17 March 2026, a day short of five years");
    }

    [Test]
    public async Task ShouldDeleteTheRecordOfWhoWasRemindedAboutACaseWhenItIsAnonymised()
    {
        var manager = await World.ManagerA();
        var oldCase = await ReportSickCall(manager, World.EmployeeA, Today.AddDays(-3));
        await (await manager.PostJson($"/api/cases/{oldCase}/return", new { returnedOn = Today })).Read<object>();
        var recentCase = await ReportSickCall(manager, World.EmployeeA2, Today);
        var sentAt = Factory.Time.GetUtcNow();
        await World.InDatabase(db =>
        {
            db.Reminders.Add(new Domain.Notifications.Reminder(oldCase, DeadlineKind.FirstConversation, Today, World.ManagerAId, Domain.Notifications.ReminderStage.Due, sentAt));
            db.Reminders.Add(new Domain.Notifications.Reminder(recentCase, DeadlineKind.FirstConversation, Today, World.ManagerAId, Domain.Notifications.ReminderStage.Due, sentAt));
            return db.SaveChangesAsync();
        });

        Factory.Time.Advance(TimeSpan.FromDays(5 * 365 + 2));
        var result = await RunRetention();

        Assert.That(result.Counts["cases"], Is.EqualTo(1));
        Assert.That(await World.InDatabase(db => db.Reminders.Select(r => r.CaseId).ToListAsync()), Is.EqualTo(new[] { recentCase }));
    }

    [Test]
    public async Task ShouldDeleteInboxItemsOlderThanAYear()
    {
        var now = Factory.Time.GetUtcNow();
        await World.InDatabase(db =>
        {
            db.Notifications.Add(Domain.Notifications.Notification.Agenda(World.ManagerAId, World.GroupA, 1, Today, "365 dage gammel", now.AddDays(-365)));
            db.Notifications.Add(Domain.Notifications.Notification.Agenda(World.ManagerAId, World.GroupA, 1, Today, "366 dage gammel", now.AddDays(-366)));
            return db.SaveChangesAsync();
        });

        var result = await RunRetention();

        Assert.That(result.Counts["inboxItems"], Is.EqualTo(1));
        Assert.That(await World.InDatabase(db => db.Notifications.Select(n => n.Key).ToListAsync()), Is.EqualTo(new[] { "365 dage gammel" }));
    }

    [Test]
    public async Task ShouldDeleteIdempotencyRecordsOlderThanSevenDays()
    {
        var now = Factory.Time.GetUtcNow();
        await World.InDatabase(db =>
        {
            db.IdempotencyRecords.Add(new Domain.Requests.IdempotencyRecord(World.ManagerAId, "seven-days", "RegisterSickCall", "hash", "{}", now.AddDays(-7)));
            db.IdempotencyRecords.Add(new Domain.Requests.IdempotencyRecord(World.ManagerAId, "eight-days", "RegisterSickCall", "hash", "{}", now.AddDays(-8)));
            return db.SaveChangesAsync();
        });

        var result = await RunRetention();

        Assert.That(result.Counts["idempotencyRecords"], Is.EqualTo(1));
        Assert.That(await World.InDatabase(db => db.IdempotencyRecords.Select(r => r.Key).ToListAsync()), Is.EqualTo(new[] { "seven-days" }));
    }

    [Test]
    public async Task ShouldRemoveTheNameAndNumberOfAnEmployeeWhoLeftMoreThanFiveYearsAgo()
    {
        await ImportEmployees(LeaverRow);

        Factory.Time.SetUtcNow(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero));
        await RunRetention();

        var employees = await World.InDatabase(db => db.Employees.OrderBy(e => e.Id).Select(e => new { e.EmployeeNumber, e.Name }).ToListAsync());
        Assert.That(employees.Select(e => e.Name), Is.EqualTo(new[] { "Anna Andersen", "Bo Bech", "Clara Dahl", "Dorte Eriksen", Anonymised.Text }));
        Assert.That(employees.Select(e => e.EmployeeNumber), Does.Not.Contain("3001"));
    }

    [Test]
    public async Task ShouldNotBringBackAnAnonymisedEmployeeWhenTheOldPayrollFilesAreImportedAgain()
    {
        await ImportEmployees(LeaverRow);
        var first = await ImportAbsences(LeaverSpell);
        Factory.Time.SetUtcNow(new DateTimeOffset(2027, 1, 5, 8, 0, 0, TimeSpan.Zero));
        await RunRetention();
        World.ForgetTokens();

        var again = await ImportEmployees(LeaverRow + "1001;Anna Andersen;A;37;2020-01-01;;Pædagog\n");
        var spellsAgain = await ImportAbsences(LeaverSpell);

        Assert.That((again.Imported, again.Updated, again.Unchanged), Is.EqualTo((0, 0, 2)));
        Assert.That((first.Imported, spellsAgain.Imported, spellsAgain.Unchanged), Is.EqualTo((1, 0, 1)), "the spell stays, once");
        Assert.That(await World.InDatabase(db => db.Spells.CountAsync()), Is.EqualTo(1));
        var names = await World.InDatabase(db => db.Employees.OrderBy(e => e.Id).Select(e => e.Name).ToListAsync());
        Assert.That(names, Is.EqualTo(new[] { "Anna Andersen", "Bo Bech", "Clara Dahl", "Dorte Eriksen", Anonymised.Text }));
    }

    [Test]
    public async Task ShouldKeepTheAnonymousNameOfAnEmployeeWhosePayrollNumberStillMatches()
    {
        await World.InDatabase(async db =>
        {
            (await db.Employees.SingleAsync(e => e.Id == World.EmployeeB)).Anonymise();
            await db.SaveChangesAsync();
            // An installation anonymised before numbers were removed kept the payroll number.
            return await db.Employees.Where(e => e.Id == World.EmployeeB).ExecuteUpdateAsync(set => set.SetProperty(e => e.EmployeeNumber, "2001"));
        });

        var imported = await ImportEmployees("2001;Dorte Eriksen;B;37;2019-01-01;;Pædagog\n");

        Assert.That((imported.Imported, imported.Updated, imported.Unchanged), Is.EqualTo((0, 0, 1)));
        Assert.That(await World.InDatabase(db => db.Employees.Where(e => e.Id == World.EmployeeB).Select(e => e.Name).SingleAsync()), Is.EqualTo(Anonymised.Text));
    }

    private async Task<ImportResult> ImportEmployees(string rows) =>
        await (await (await World.Hr()).PostCsv("/api/imports/employees",
            "employee_number;name;unit_code;weekly_hours;employed_from;employed_to;staff_group\n" + rows)).Read<ImportResult>();

    private async Task<ImportResult> ImportAbsences(string rows) =>
        await (await (await World.Hr()).PostCsv("/api/imports/absences", "employee_number;first_day;last_day;percent;absence_type\n" + rows)).Read<ImportResult>();

    private async Task<JobResult> RunRetention()
    {
        World.ForgetTokens();
        return await (await (await World.Admin()).PostAsync("/api/admin/jobs/retention/run", null)).Read<JobResult>();
    }
}

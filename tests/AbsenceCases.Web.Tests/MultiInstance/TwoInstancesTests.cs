using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.Web.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace AbsenceCases.Web.Tests.MultiInstance;

/// <summary>
/// Two instances of the application on one PostgreSQL database, as behind a load balancer: whatever reaches either,
/// the installation does it once. Each test has a database of its own (<see cref="SharedDatabase"/>) and starts the
/// instances it needs.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string Admin = "admin@test.local";

    /// <summary>A process of its own compiles the whole application before it serves; on a busy machine that takes a while.</summary>
    private static readonly TimeSpan ProcessStart = TimeSpan.FromSeconds(90);

    private SmtpListener _smtp = null!;

    [SetUp]
    public void StartSmtp() => _smtp = new SmtpListener();

    [TearDown]
    public async Task StopSmtp() => await _smtp.DisposeAsync();

    [Test]
    public async Task ShouldSendEachReminderOnceWhenBothInstancesRunTheDispatchAtOnce()
    {
        await using var database = await SharedDatabase.CreateAsync(_smtp);
        var (a, b) = (database.StartHost(), database.StartHost());
        var world = await TestWorld.CreateAsync(a);
        await ReportFortyDaySickCall(world, Today(database));
        var admins = new[] { await SharedDatabase.SignedIn(a, Admin), await SharedDatabase.SignedIn(b, Admin) };

        var runs = await Task.WhenAll(admins.Select(admin => admin.PostAsync("/api/admin/jobs/dispatch-reminders/run", null)));

        var results = await Task.WhenAll(runs.Select(run => run.Read<JobResult>()));
        // Day 40: the manager hears of four overdue deadlines, the coordination group of the same four, HR of the two
        // overdue more than seven days (ReminderTests).
        Assert.That(results.Select(r => r.Counts["reminders"]), Is.EquivalentTo(new[] { 10, 0 }), "one run records them, the other finds them recorded");
        Assert.That(await database.InDatabase(db => db.Notifications.CountAsync()), Is.EqualTo(10));
        Assert.That(_smtp.Received, Has.Count.EqualTo(10));
        Assert.That(_smtp.Received.Count(m => m.To.SequenceEqual(new[] { "leder.a@test.local" })), Is.EqualTo(4));
    }

    [Test]
    public async Task ShouldRunTheDispatchOfAKilledInstanceOnTheOtherOnceItStopsCheckingIn()
    {
        var now = DateTimeOffset.UtcNow;
        await using var database = await SharedDatabase.CreateAsync(_smtp, now);
        var b = database.StartHost();
        var world = await TestWorld.CreateAsync(b);
        await ReportFortyDaySickCall(world, Today(database));
        var hanging = _smtp.HoldNextMessage();

        // A fires the dispatch every second; it records the reminders and hangs on the first e-mail's DATA.
        await using var a = InstanceProcess.Start(new Dictionary<string, string>(database.Settings)
        {
            ["Jobs:Schedule"] = "true",
            ["Jobs:dispatch-reminders"] = "0/1 * * * * ?",
        });
        try
        {
            await hanging.WaitAsync(ProcessStart);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"A never sent its first e-mail; it wrote:\n{a.Output}");
        }

        // A claimed the e-mail it is sending for five minutes; B's clock is past that claim when it takes over.
        database.Time.Advance(TimeSpan.FromMinutes(6));
        a.Kill();

        await Poll.UntilAsync(
            () => database.InDatabase(db => db.EmailMessages.AllAsync(m => m.SentAt != null)),
            "B to recover A's dispatch and send every e-mail");

        Assert.That(await database.InDatabase(db => db.Reminders.CountAsync()), Is.EqualTo(10), "A recorded the reminders once");
        Assert.That(_smtp.Received, Has.Count.EqualTo(10));
        Assert.That(_smtp.Received.Select(m => (string.Join(",", m.To), m.Subject, m.Body)).Distinct().Count(), Is.EqualTo(10), "each e-mail arrived once");
    }

    [Test]
    public async Task ShouldSendTheWeeklyAgendaMissedWhileBothWereDownOnceWhenBothStart()
    {
        var scheduled = new Dictionary<string, string> { ["Jobs:Schedule"] = "true" };
        await using var database = await SharedDatabase.CreateAsync(_smtp);
        var first = database.StartHost(scheduled);
        var world = await TestWorld.CreateAsync(first);
        await ReportFortyDaySickCall(world, Today(database));
        await first.DisposeAsync();
        var schedule = new StoredSchedule(DatabaseProvider.Postgres, database.ConnectionString, ScheduledJobs.WeeklyReviewAgenda);
        var missed = await schedule.MissLastFiringAsync("0 0 6 ? * MON");

        await database.StartHostsAsync(2, scheduled);

        await Poll.UntilAsync(
            async () => await schedule.PreviousFireTicksAsync() > missed.UtcTicks && await schedule.IdleAsync(),
            "the missed weekly agenda to run");
        Assert.That(await database.InDatabase(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.WeeklyReviewAgenda)), Is.EqualTo(1));
        Assert.That(_smtp.Received.Count(m => m.Body.Contains("ugens sagsgennemgang (1):", StringComparison.Ordinal)), Is.EqualTo(1), "the coordinator's agenda e-mail");
        Assert.That(await schedule.NextFireTicksAsync(), Is.GreaterThan(DateTimeOffset.UtcNow.UtcTicks));
    }

    private static DateOnly Today(SharedDatabase database) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(database.Time.GetUtcNow(), MunicipalClock.TimeZone).DateTime);

    /// <summary>Day 40 of an absence of Anna Andersen's (Børnehuset A, Gruppe A): every legal deadline is overdue.</summary>
    private static async Task ReportFortyDaySickCall(TestWorld world, DateOnly today) =>
        await (await (await world.ManagerA()).PostJson(
            "/api/sick-calls", new { employeeId = world.EmployeeA, firstDay = today.AddDays(-39), absenceType = "own_illness" }))
            .Read<SickCallRegistered>();
}

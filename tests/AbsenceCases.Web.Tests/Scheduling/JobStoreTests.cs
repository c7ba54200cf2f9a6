using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Domain.Notifications;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AbsenceCases.Web.Tests.Scheduling;

/// <summary>
/// On SQLite the job store is in the installation's own file: the schedules and their firings outlast the process, a
/// restart changes none of them unless their Jobs:&lt;name&gt; setting changed, and a firing missed while the
/// installation was down runs once at its next start.
/// </summary>
public sealed class JobStoreTests
{
    private const string WeeklyAgenda = "0 0 6 ? * MON";

    private readonly List<AbsenceCasesFactory> _hosts = [];

    [TearDown]
    public async Task StopHosts()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _hosts[0].DeleteDatabase();
    }

    [Test]
    public async Task ShouldFindTheStoredScheduleAfterARestart()
    {
        var first = Start(AbsenceCasesFactory.OnNewDatabase(settings: Scheduled(retention: "0 15 3 * * ?")));
        var stored = await TriggerOf(first, ScheduledJobs.Retention);
        var storedTicks = await Schedule(first, ScheduledJobs.Retention).NextFireTicksAsync();
        await first.DisposeAsync();

        var found = await TriggerOf(Start(first.Restarted()), ScheduledJobs.Retention);

        Assert.That(storedTicks, Is.EqualTo(stored.NextFireTimeUtc!.Value.UtcTicks), "the trigger is in the database");
        Assert.That(found.StartTimeUtc, Is.EqualTo(stored.StartTimeUtc), "the restart found the trigger rather than making it anew");
        Assert.That(found.CronExpressionString, Is.EqualTo("0 15 3 * * ?"));
    }

    [Test]
    public async Task ShouldReplaceAStoredTriggerWhoseScheduleChangedAndKeepTheOthers()
    {
        var first = Start(AbsenceCasesFactory.OnNewDatabase(settings: Scheduled(retention: "0 15 3 * * ?")));
        var retention = await TriggerOf(first, ScheduledJobs.Retention);
        var dispatch = await TriggerOf(first, ScheduledJobs.DispatchReminders);
        await first.DisposeAsync();

        var changed = Start(new AbsenceCasesFactory(first.DatabasePath, first.Time, settings: Scheduled(retention: "0 45 3 * * ?")));
        var newRetention = await TriggerOf(changed, ScheduledJobs.Retention);
        var sameDispatch = await TriggerOf(changed, ScheduledJobs.DispatchReminders);

        Assert.That(newRetention.CronExpressionString, Is.EqualTo("0 45 3 * * ?"));
        Assert.That(newRetention.NextFireTimeUtc!.Value.Minute, Is.EqualTo(45));
        Assert.That(retention.NextFireTimeUtc!.Value.Minute, Is.EqualTo(15));
        Assert.That(sameDispatch.StartTimeUtc, Is.EqualTo(dispatch.StartTimeUtc), "an unchanged schedule keeps its stored trigger");
    }

    [Test]
    public async Task ShouldTakeTheStoredTriggersOutWhenTheScheduleIsOff()
    {
        var first = Start(AbsenceCasesFactory.OnNewDatabase(settings: Scheduled()));
        var scheduled = await TriggerOf(first, ScheduledJobs.DispatchReminders);
        await first.DisposeAsync();

        var off = Start(new AbsenceCasesFactory(first.DatabasePath, first.Time));
        var scheduler = await off.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.That(scheduled, Is.Not.Null);
        Assert.That(await scheduler.GetTrigger(new TriggerKey($"{ScheduledJobs.DispatchReminders}-schedule")), Is.Null);
        Assert.That(await scheduler.GetJobDetail(new JobKey(ScheduledJobs.DispatchReminders)), Is.Not.Null, "the job can still be run now");
    }

    [Test]
    public async Task ShouldSendAWeeklyAgendaMissedWhileDownOnceAtTheNextStart()
    {
        var first = Start(AbsenceCasesFactory.OnNewDatabase(settings: Scheduled()));
        var world = await TestWorld.CreateAsync(first);
        var today = DateOnly.FromDateTime(AbsenceCasesFactory.DefaultNow.UtcDateTime);
        await (await (await world.ManagerA()).PostJson("/api/sick-calls", new { employeeId = world.EmployeeA, firstDay = today.AddDays(-40), absenceType = "own_illness" }))
            .Read<SickCallRegistered>();
        await first.DisposeAsync();
        var schedule = Schedule(first, ScheduledJobs.WeeklyReviewAgenda);
        var missed = await schedule.MissLastFiringAsync(WeeklyAgenda);

        var restarted = Start(first.Restarted());
        await Poll.UntilAsync(
            async () => await schedule.PreviousFireTicksAsync() > missed.UtcTicks && await schedule.IdleAsync(),
            "the missed weekly agenda to run");
        var agendasAfterTheStart = await Agendas(restarted);
        await restarted.DisposeAsync();
        var again = Start(first.Restarted());
        await TriggerOf(again, ScheduledJobs.WeeklyReviewAgenda);

        Assert.That(agendasAfterTheStart, Is.EqualTo(1), "Gruppe A's coordinator has the week's agenda");
        Assert.That(await Agendas(again), Is.EqualTo(1), "a second start sends nothing more");
        Assert.That(await schedule.NextFireTicksAsync(), Is.GreaterThan(DateTimeOffset.UtcNow.UtcTicks), "the schedule goes on from now, not from the missed slot");
    }

    private static Dictionary<string, string> Scheduled(string retention = "0 30 2 * * ?") => new()
    {
        ["Jobs:Schedule"] = "true",
        ["Jobs:retention"] = retention,
    };

    private static StoredSchedule Schedule(AbsenceCasesFactory host, string job) =>
        new(host.Database.Provider, host.Database.ConnectionString, job);

    private static async Task<ICronTrigger> TriggerOf(AbsenceCasesFactory host, string job)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        return (ICronTrigger)(await scheduler.GetTrigger(new TriggerKey($"{job}-schedule")))!;
    }

    private static async Task<int> Agendas(AbsenceCasesFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Notifications
            .CountAsync(n => n.Kind == NotificationKind.WeeklyReviewAgenda);
    }

    private AbsenceCasesFactory Start(AbsenceCasesFactory host)
    {
        _hosts.Add(host);
        host.CreateClient();
        return host;
    }
}

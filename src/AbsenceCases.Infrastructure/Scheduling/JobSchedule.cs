using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace AbsenceCases.Infrastructure.Scheduling;

/// <summary>
/// Puts every job of <see cref="ScheduledJobs"/> and its cron trigger in the job store before the scheduler starts, so
/// that a restart or a second instance finds them there and changes nothing: a stored trigger is replaced only when its
/// <c>Jobs:&lt;name&gt;</c> schedule changed, and otherwise keeps its next fire time, which lets a firing missed while
/// every instance was down run once at the start (fire once now). With Jobs:Schedule = false the jobs are stored
/// (and can be run now) but their triggers are taken out.
/// </summary>
internal sealed class JobSchedule(ISchedulerFactory schedulers, IConfiguration configuration) : IHostedService
{
    /// <summary>The default schedules (Quartz cron, Europe/Copenhagen), each changeable as Jobs:&lt;name&gt;.</summary>
    private static readonly IReadOnlyDictionary<string, string> DefaultSchedules = new Dictionary<string, string>
    {
        [ScheduledJobs.DispatchReminders] = "0 0/5 * * * ?",
        [ScheduledJobs.WeeklyReviewAgenda] = "0 0 6 ? * MON",
        [ScheduledJobs.Retention] = "0 30 2 * * ?",
        [ScheduledJobs.FrequentAbsence] = "0 0 2 * * ?",
        [ScheduledJobs.StatisticsRefresh] = "0 0 3 * * ?",
    };

    public static TriggerKey TriggerOf(string job) => new($"{job}-schedule");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var schedule = configuration.GetValue("Jobs:Schedule", defaultValue: true);
        foreach (var name in ScheduledJobs.Names)
        {
            var job = JobBuilder.Create<ScheduledJob>().WithIdentity(name).StoreDurably().RequestRecovery().Build();
            await scheduler.AddJob(job, AddJobOptions.Replacing, cancellationToken);
            if (schedule)
            {
                await ScheduleAsync(scheduler, job.Key, configuration[$"Jobs:{name}"] ?? DefaultSchedules[name], cancellationToken);
            }
            else
            {
                await scheduler.UnscheduleJob(TriggerOf(name), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task ScheduleAsync(IScheduler scheduler, JobKey job, string cron, CancellationToken cancellationToken)
    {
        var wanted = (ICronTrigger)Quartz.TriggerBuilder.Create()
            .ForJob(job)
            .WithIdentity(TriggerOf(job.Name))
            .WithCronSchedule(cron, cronSchedule => cronSchedule
                .InTimeZone(MunicipalClock.TimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        if (await scheduler.GetTrigger(wanted.Key, cancellationToken) is ICronTrigger stored
            && stored.CronExpressionString == wanted.CronExpressionString
            && stored.TimeZone.Id == wanted.TimeZone.Id
            && stored.MisfireInstruction == wanted.MisfireInstruction)
        {
            return;
        }

        await scheduler.ScheduleJob(wanted, ScheduleJobOptions.Replacing, cancellationToken);
    }
}

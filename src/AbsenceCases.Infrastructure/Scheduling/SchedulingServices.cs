using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AbsenceCases.Infrastructure.Scheduling;

public static class SchedulingServices
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

    /// <summary>
    /// Quartz in the host with every job of <see cref="ScheduledJobs"/>. With Jobs:Schedule = false the jobs exist
    /// (and can be run now) but no trigger fires them; the functional tests run that way.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var schedule = configuration.GetValue("Jobs:Schedule", defaultValue: true);
        services.AddQuartz(quartz =>
        {
            foreach (var name in ScheduledJobs.Names)
            {
                var job = new JobKey(name);
                quartz.AddJob<ScheduledJob>(j => j.WithIdentity(job).StoreDurably());
                if (schedule)
                {
                    var cron = configuration[$"Jobs:{name}"] ?? DefaultSchedules[name];
                    quartz.AddTrigger(trigger => trigger
                        .ForJob(job)
                        .WithIdentity($"{name}-schedule")
                        .WithCronSchedule(cron, cronSchedule => cronSchedule.InTimeZone(MunicipalClock.TimeZone)));
                }
            }
        });
        // The database is migrated before the host starts, so the scheduler may start with it; /health then
        // reports it running as soon as the host answers.
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AwaitApplicationStarted = false;
        });
        return services;
    }
}

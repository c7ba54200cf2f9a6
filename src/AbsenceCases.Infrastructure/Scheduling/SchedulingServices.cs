using AbsenceCases.Application.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AbsenceCases.Infrastructure.Scheduling;

public static class SchedulingServices
{
    /// <summary>The scheduler's name, under which every instance's rows are kept in the job store.</summary>
    public const string SchedulerName = "AbsenceCases";

    /// <summary>How often a clustered instance checks in; another takes its jobs over when it has been silent longer (Jobs:Cluster:*).</summary>
    private static readonly TimeSpan DefaultCheckinInterval = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan DefaultCheckinMisfireThreshold = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Quartz in the host with every job of <see cref="ScheduledJobs"/> (see <see cref="JobSchedule"/>), kept in the
    /// database's <see cref="QuartzTables"/>: on PostgreSQL clustered, so that each firing runs on one instance and a
    /// dead instance's running job is run again by another; on SQLite by the one process that serves the file.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseOptions.ProviderOf(configuration);
        var connectionString = DatabaseOptions.ConnectionStringOf(configuration, database);
        // A named scheduler has a clock of its own: it keeps real time, as its check-ins and misfires are compared with
        // other instances', whatever clock the application's dates come from (the tests' is fake). The unnamed factory
        // hands out this one scheduler.
        services.AddQuartz(SchedulerName, quartz =>
        {
            quartz.UseTimeProvider(TimeProvider.System);
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(options =>
                {
                    options.TablePrefix = QuartzTables.Prefix;
                    options.StoreJobDataAsStrings = true;
                });
                store.UseSystemTextJsonSerializer();
                if (database == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                    store.UseClustering(cluster =>
                    {
                        cluster.CheckinInterval = configuration.GetValue("Jobs:Cluster:CheckinInterval", DefaultCheckinInterval);
                        cluster.CheckinMisfireThreshold = configuration.GetValue("Jobs:Cluster:CheckinMisfireThreshold", DefaultCheckinMisfireThreshold);
                    });
                }
                else
                {
                    store.UseSqlite(connectionString);
                }
            });
        });
        services.AddSingleton(provider => provider.GetRequiredKeyedService<ISchedulerFactory>(SchedulerName));
        if (database == DatabaseProvider.Postgres)
        {
            services.AddSingleton<IJobLock>(new PostgresJobLock(connectionString));
        }
        else
        {
            services.AddSingleton<IJobLock, SqliteJobLock>();
        }

        // Registered before Quartz's hosted service, so the jobs are stored before the scheduler starts. The database
        // is migrated before the host starts, so the scheduler may start with it; /health then reports it running as
        // soon as the host answers.
        services.AddHostedService<JobSchedule>();
        services.AddQuartzHostedService(options =>
        {
            options.WaitForJobsToComplete = true;
            options.AwaitApplicationStarted = false;
        });
        return services;
    }
}

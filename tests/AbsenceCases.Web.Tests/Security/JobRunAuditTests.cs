using AbsenceCases.Application.Jobs;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>What a scheduled job writes is audited under the run's id (Quartz's fire instance id), one id per run.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class JobRunAuditTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldStampTheAuditRowsOfEachScheduledRunWithThatRunsId()
    {
        var scheduler = await Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = new JobKey(ScheduledJobs.Retention);
        var runs = new FinishedRuns();
        scheduler.ListenerManager.AddJobListener(runs, [Matchers.Key(job)]);

        var before = await LastAuditId();
        var first = await RunAsync(scheduler, job, runs);
        var afterFirst = await LastAuditId();
        var second = await RunAsync(scheduler, job, runs);

        var firstRows = await RequestIdsBetween(before, afterFirst);
        var secondRows = await RequestIdsBetween(afterFirst, long.MaxValue);
        Assert.That(firstRows, Is.Not.Empty.And.All.EqualTo(first));
        Assert.That(secondRows, Is.Not.Empty.And.All.EqualTo(second));
        Assert.That(first, Is.Not.EqualTo(second).And.Not.Empty);
    }

    private static async Task<string> RunAsync(IScheduler scheduler, JobKey job, FinishedRuns runs)
    {
        var finished = runs.Next();
        await scheduler.TriggerJob(job, new JobDataMap());
        return await finished.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task<long> LastAuditId() => await World.InDatabase(db => db.AuditEntries.MaxAsync(a => (long?)a.Id)) ?? 0;

    private Task<List<string?>> RequestIdsBetween(long after, long upTo) =>
        World.InDatabase(db => db.AuditEntries.Where(a => a.Id > after && a.Id <= upTo).Select(a => a.RequestId).ToListAsync());

    /// <summary>Hands out the fire instance id of the next run once it finished, or its failure.</summary>
    private sealed class FinishedRuns : IJobListener
    {
        private TaskCompletionSource<string> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Name => nameof(FinishedRuns);

        public Task<string> Next()
        {
            _next = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            if (jobException is null)
            {
                _next.TrySetResult(context.FireInstanceId);
            }
            else
            {
                _next.TrySetException(jobException);
            }

            return ValueTask.CompletedTask;
        }
    }
}

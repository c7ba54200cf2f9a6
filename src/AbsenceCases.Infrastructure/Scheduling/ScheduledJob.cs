using AbsenceCases.Application.Jobs;
using MediatR;
using Quartz;

namespace AbsenceCases.Infrastructure.Scheduling;

/// <summary>
/// A thin Quartz job: it sends the MediatR request its job name stands for, holding the job's lock as "run now" does.
/// Quartz runs it in a DI scope of its own.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class ScheduledJob(IMediator mediator, IJobLock jobLock, JobRun run, ILogger<ScheduledJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var name = context.JobDetail.Key.Name;
        run.Id = context.FireInstanceId;
        var request = ScheduledJobs.RequestFor(name) ?? throw new JobExecutionException($"No job is named '{name}'.");
        await using (await jobLock.AcquireAsync(name, cancellationToken))
        {
            var result = await mediator.Send(request, cancellationToken);
            logger.LogInformation("Job {Job} ran: {Counts}", name, string.Join(", ", result.Counts.Select(c => $"{c.Key} {c.Value}")));
        }
    }
}

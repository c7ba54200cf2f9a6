namespace AbsenceCases.Application.Jobs;

/// <summary>An operator runs a scheduled job now and sees what it did; a run of the same job still going on is waited for.</summary>
[Authorize(Roles.Admin)]
public sealed record RunJob(string Name) : IRequest<JobResult>;

public sealed class RunJobHandler(IMediator mediator, IJobLock jobLock) : IRequestHandler<RunJob, JobResult>
{
    public async Task<JobResult> Handle(RunJob request, CancellationToken cancellationToken)
    {
        var job = ScheduledJobs.RequestFor(request.Name) ?? throw new NotFoundException(RefusalCodes.NotFound.Job, request.Name);
        await using (await jobLock.AcquireAsync(request.Name, cancellationToken))
        {
            return await mediator.Send(job, cancellationToken);
        }
    }
}

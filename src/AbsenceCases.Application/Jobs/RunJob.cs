using AbsenceCases.Application.Common.Security;

namespace AbsenceCases.Application.Jobs;

/// <summary>An operator runs a scheduled job now and sees what it did.</summary>
[Authorize(Roles.Admin)]
public sealed record RunJob(string Name) : IRequest<JobResult>;

public sealed class RunJobHandler(IMediator mediator) : IRequestHandler<RunJob, JobResult>
{
    public async Task<JobResult> Handle(RunJob request, CancellationToken cancellationToken) =>
        await mediator.Send(
            ScheduledJobs.RequestFor(request.Name) ?? throw new NotFoundException("Job", request.Name),
            cancellationToken);
}

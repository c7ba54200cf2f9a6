using System.Diagnostics;
using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Jobs;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>
/// Traces each run of a scheduled job, from the scheduler or run now, as a span named by the job, and counts the runs
/// by job and outcome. The span carries the job's name and outcome only, never data of the people it concerned.
/// </summary>
public sealed class JobTelemetryBehaviour<TRequest, TResponse>(OperationsMetrics metrics) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string? Job = ScheduledJobs.Names.SingleOrDefault(name => ScheduledJobs.RequestFor(name)!.GetType() == typeof(TRequest));

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Job is null)
        {
            return await next();
        }

        using var activity = Instrumentation.ActivitySource.StartActivity($"job {Job}");
        activity?.SetTag("job.name", Job);
        var succeeded = false;
        try
        {
            var response = await next();
            succeeded = true;
            return response;
        }
        finally
        {
            var outcome = succeeded ? "succeeded" : "failed";
            activity?.SetTag("job.outcome", outcome);
            activity?.SetStatus(succeeded ? ActivityStatusCode.Ok : ActivityStatusCode.Error);
            metrics.JobRan(Job, outcome);
        }
    }
}

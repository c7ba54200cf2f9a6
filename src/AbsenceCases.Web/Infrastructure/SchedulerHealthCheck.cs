using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>Healthy while the Quartz scheduler runs.</summary>
public sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return scheduler.Status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("The scheduler runs.")
            : HealthCheckResult.Unhealthy($"The scheduler is {scheduler.Status}.");
    }
}

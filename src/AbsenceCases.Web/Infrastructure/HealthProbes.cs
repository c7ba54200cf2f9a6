using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// The probes of a load balancer or an orchestrator: <c>/health/live</c> answers while the process serves requests
/// (restart it when not), <c>/health/ready</c> while its database is migrated and its scheduler runs (send it no
/// requests when not). <c>/health</c> stays the readiness answer it always was.
/// </summary>
public static class HealthProbes
{
    private const string Readiness = "ready";

    public static IServiceCollection AddHealthProbes(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Readiness])
            .AddCheck<SchedulerHealthCheck>("scheduler", tags: [Readiness]);
        return services;
    }

    public static void MapHealthProbes(this IEndpointRouteBuilder app)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Readiness) };
        app.MapHealthChecks("/health", ready).AllowAnonymous();
        app.MapHealthChecks("/health/ready", ready).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
    }
}

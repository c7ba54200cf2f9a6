using AbsenceCases.Application.Common.Telemetry;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics, sent over OTLP (http/protobuf) to <c>Otlp:Endpoint</c>; without that setting none of
/// it is registered. Traces: requests, database commands and the scheduled jobs. Metrics: requests, the runtime, the
/// application's <see cref="OperationsMetrics"/>. The export intervals follow OpenTelemetry's standard settings
/// (<c>OTEL_METRIC_EXPORT_INTERVAL</c>, <c>OTEL_BSP_SCHEDULE_DELAY</c>).
/// </summary>
public static class TelemetryServices
{
    public const string EndpointKey = "Otlp:Endpoint";

    private const string NpgsqlEntityFrameworkProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// Tags of a request span that would carry personal data out: paths name employees and cases, queries hold
    /// searches for names, the client's address belongs to a person. The route template (<c>http.route</c>) stays.
    /// </summary>
    private static readonly string[] PersonalRequestTags = ["url.path", "url.query", "url.full", "client.address", "client.port"];

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration[EndpointKey];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return services;
        }

        var baseUri = new Uri(endpoint.TrimEnd('/') + "/", UriKind.Absolute);
        var postgres = DatabaseOptions.ProviderOf(configuration) == DatabaseProvider.Postgres;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(Instrumentation.Name))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Instrumentation.Name)
                    .AddAspNetCoreInstrumentation(options => options.EnrichWithHttpRequest = (activity, _) =>
                    {
                        foreach (var tag in PersonalRequestTags)
                        {
                            activity.SetTag(tag, null);
                        }
                    })
                    // Commands are traced with their parameterised text, never with parameter values (personal data): both
                    // instrumentations leave the values out unless told otherwise. On PostgreSQL, Npgsql traces every
                    // command, EF Core's too, so EF Core's own spans would be twins.
                    .AddEntityFrameworkCoreInstrumentation(options => options.Filter = (provider, _) => provider != NpgsqlEntityFrameworkProvider)
                    .AddOtlpExporter(otlp => Export(otlp, baseUri, "v1/traces"));
                if (postgres)
                {
                    tracing.AddNpgsql();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(Instrumentation.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    // This host's outbox joins the backlog gauge when its metrics are made, here at the start rather than at a first job.
                    .AddInstrumentation(provider => provider.GetRequiredService<OperationsMetrics>())
                    .AddOtlpExporter(otlp => Export(otlp, baseUri, "v1/metrics"));
                if (postgres)
                {
                    metrics.AddNpgsqlInstrumentation();
                }
            });
        return services;
    }

    private static void Export(OtlpExporterOptions otlp, Uri baseUri, string signalPath)
    {
        otlp.Protocol = OtlpExportProtocol.HttpProtobuf;
        otlp.Endpoint = new Uri(baseUri, signalPath);
    }
}

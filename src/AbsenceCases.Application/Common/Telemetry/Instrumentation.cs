using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace AbsenceCases.Application.Common.Telemetry;

/// <summary>
/// The application's own traces and metrics, both named <see cref="Name"/>. They are exported only when the host is
/// given an OTLP endpoint; otherwise nothing listens and recording them costs next to nothing. Both live as long as the
/// process: OpenTelemetry takes a disposed meter's instruments for those of every meter of the same name.
/// </summary>
public static class Instrumentation
{
    public const string Name = "AbsenceCases";

    public static readonly ActivitySource ActivitySource = new(Name);

    public static readonly Meter Meter = new(Name);
}

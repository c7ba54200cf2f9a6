using System.Diagnostics;
using System.Diagnostics.Metrics;
using AbsenceCases.Application.Common.Telemetry;

namespace AbsenceCases.Application.Tests.Support;

/// <summary>What the application traced and measured under its own name while this recorder listened.</summary>
internal sealed class RecordedTelemetry : IDisposable
{
    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();

    public RecordedTelemetry()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Instrumentation.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Spans.Add,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Instrumentation.Name)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            Measurements.Add(new Measurement(instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString()))));
        _meters.Start();
    }

    public List<Activity> Spans { get; } = [];

    public List<Measurement> Measurements { get; } = [];

    public void Dispose()
    {
        _activities.Dispose();
        _meters.Dispose();
    }

    public sealed record Measurement(string Instrument, long Value, Dictionary<string, string?> Tags);
}

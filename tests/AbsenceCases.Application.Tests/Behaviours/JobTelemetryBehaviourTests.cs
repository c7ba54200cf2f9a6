using System.Diagnostics;
using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Retention;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class JobTelemetryBehaviourTests
{
    private readonly OperationsMetrics _metrics = new(Mock.Of<IServiceScopeFactory>(), Clocks.OnMondayMorning());
    private readonly RecordedTelemetry _recorded = new();

    [TearDown]
    public void StopListening()
    {
        _recorded.Dispose();
        _metrics.Dispose();
    }

    [Test]
    public async Task ShouldTraceAJobRunAsASpanNamedByTheJobAndCountItAsSucceeded()
    {
        var result = new JobResult(ScheduledJobs.DispatchReminders, new Dictionary<string, int> { ["reminders"] = 1 });

        var response = await new JobTelemetryBehaviour<DispatchReminders, JobResult>(_metrics)
            .Handle(new DispatchReminders(), CancellationToken.None, NextStep<JobResult>.Answering(result).Delegate);

        Assert.That(response, Is.SameAs(result));
        var span = _recorded.Spans.Single();
        Assert.That(
            (span.DisplayName, span.GetTagItem("job.name"), span.GetTagItem("job.outcome"), span.Status),
            Is.EqualTo(("job dispatch-reminders", (object)"dispatch-reminders", (object)"succeeded", ActivityStatusCode.Ok)));
        Assert.That(_recorded.Measurements.Select(m => (m.Instrument, m.Value, m.Tags["job"], m.Tags["outcome"])), Is.EqualTo(new[]
        {
            ("absencecases.jobs.runs", 1L, "dispatch-reminders", "succeeded"),
        }));
    }

    [Test]
    public void ShouldCountAFailedRunAndLetItsExceptionThrough()
    {
        var failure = new InvalidOperationException("The SMTP server went away.");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(() => new JobTelemetryBehaviour<ApplyRetention, JobResult>(_metrics)
            .Handle(new ApplyRetention(), CancellationToken.None, NextStep<JobResult>.Throwing(failure).Delegate));

        Assert.That(thrown, Is.SameAs(failure));
        Assert.That(_recorded.Spans.Select(s => (s.DisplayName, s.Status)), Is.EqualTo(new[] { ("job retention", ActivityStatusCode.Error) }));
        Assert.That(_recorded.Measurements.Select(m => (m.Tags["job"], m.Tags["outcome"])), Is.EqualTo(new[] { ("retention", "failed") }));
    }

    /// <summary>Run now sends the job's own request, whose pass through the pipeline is the run that counts.</summary>
    [Test]
    public async Task ShouldLeaveRunNowItselfAlone()
    {
        var next = NextStep<JobResult>.Answering(new JobResult(ScheduledJobs.Retention, new Dictionary<string, int>()));

        await new JobTelemetryBehaviour<RunJob, JobResult>(_metrics).Handle(new RunJob(ScheduledJobs.Retention), CancellationToken.None, next.Delegate);

        Assert.That(next.Calls, Is.EqualTo(1));
        Assert.That((_recorded.Spans.Count, _recorded.Measurements.Count), Is.EqualTo((0, 0)));
    }
}

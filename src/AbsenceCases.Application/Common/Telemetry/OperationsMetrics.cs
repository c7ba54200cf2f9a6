using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using AbsenceCases.Application.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application.Common.Telemetry;

/// <summary>
/// The operations team's measures of the application: jobs run, reminders sent, rows imported and the e-mail outbox's
/// backlog. Tags say which job, which import and how it went; never whom it concerned (no names, employee numbers,
/// CPR numbers or case texts), since metrics leave the municipality's systems. The backlog is read from the database
/// of each host alive in the process, which is one outside the tests.
/// </summary>
public sealed class OperationsMetrics : IDisposable
{
    public const string JobRuns = "absencecases.jobs.runs";
    public const string RemindersSent = "absencecases.reminders.sent";
    public const string ImportRows = "absencecases.imports.rows";
    public const string OutboxBacklog = "absencecases.outbox.backlog";

    private static readonly ConcurrentDictionary<OperationsMetrics, bool> Hosts = new();

    private static readonly Counter<long> JobRunCounter =
        Instrumentation.Meter.CreateCounter<long>(JobRuns, "{run}", "Runs of the scheduled jobs, by job and outcome.");

    private static readonly Counter<long> ReminderCounter =
        Instrumentation.Meter.CreateCounter<long>(RemindersSent, "{reminder}", "Reminders recorded and put in an inbox.");

    private static readonly Counter<long> ImportRowCounter =
        Instrumentation.Meter.CreateCounter<long>(ImportRows, "{row}", "Rows of the CSV imports, by import kind and what became of them.");

    private static readonly ObservableGauge<int> BacklogGauge = Instrumentation.Meter.CreateObservableGauge(
        OutboxBacklog, () => Hosts.Keys.Select(host => new Measurement<int>(host.CountOutboxBacklog())), "{message}",
        "Reminder e-mails due and not yet sent.");

    private readonly IServiceScopeFactory _scopes;
    private readonly MunicipalClock _clock;

    public OperationsMetrics(IServiceScopeFactory scopes, MunicipalClock clock)
    {
        _scopes = scopes;
        _clock = clock;
        Hosts[this] = true;
    }

    /// <param name="outcome"><c>succeeded</c> or <c>failed</c>.</param>
    public void JobRan(string job, string outcome) =>
        JobRunCounter.Add(1, new("job", job), new("outcome", outcome));

    public void Reminded(int reminders) => ReminderCounter.Add(reminders);

    /// <param name="kind">units, employees or absences.</param>
    public void Imported(string kind, ImportResult result)
    {
        ImportRowCounter.Add(result.Imported, new("kind", kind), new("result", "imported"));
        ImportRowCounter.Add(result.Updated, new("kind", kind), new("result", "updated"));
        ImportRowCounter.Add(result.Unchanged, new("kind", kind), new("result", "unchanged"));
    }

    public void Dispose() => Hosts.TryRemove(this, out _);

    /// <summary>The outbox's index on (SentAt, NextAttemptAt) answers this count; it runs once per metrics export.</summary>
    private int CountOutboxBacklog()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var now = _clock.Now;
        return db.EmailMessages.Count(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now);
    }
}

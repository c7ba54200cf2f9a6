using System.Diagnostics.Metrics;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Application.Common.Telemetry;

/// <summary>
/// The operations team's measures of the application: jobs run, reminders sent, rows imported and the e-mail outbox's
/// backlog. Tags say which job, which import and how it went; never whom it concerned (no names, employee numbers,
/// CPR numbers or case texts), since metrics leave the municipality's systems. Each host has its own meter, ended
/// with the host, whose gauge reads that host's database.
/// </summary>
public sealed class OperationsMetrics : IDisposable
{
    public const string JobRuns = "absencecases.jobs.runs";
    public const string RemindersSent = "absencecases.reminders.sent";
    public const string ImportRows = "absencecases.imports.rows";
    public const string OutboxBacklog = "absencecases.outbox.backlog";

    private readonly Meter _meter = new(Instrumentation.Name);
    private readonly Counter<long> _jobRuns;
    private readonly Counter<long> _remindersSent;
    private readonly Counter<long> _importRows;
    private readonly IServiceScopeFactory _scopes;
    private readonly MunicipalClock _clock;

    public OperationsMetrics(IServiceScopeFactory scopes, MunicipalClock clock)
    {
        _scopes = scopes;
        _clock = clock;
        _jobRuns = _meter.CreateCounter<long>(JobRuns, "{run}", "Runs of the scheduled jobs, by job and outcome.");
        _remindersSent = _meter.CreateCounter<long>(RemindersSent, "{reminder}", "Reminders recorded and put in an inbox.");
        _importRows = _meter.CreateCounter<long>(ImportRows, "{row}", "Rows of the CSV imports, by import kind and what became of them.");
        _meter.CreateObservableGauge(OutboxBacklog, CountOutboxBacklog, "{message}", "Reminder e-mails due and not yet sent.");
    }

    /// <param name="outcome"><c>succeeded</c> or <c>failed</c>.</param>
    public void JobRan(string job, string outcome) =>
        _jobRuns.Add(1, new("job", job), new("outcome", outcome));

    public void Reminded(int reminders) => _remindersSent.Add(reminders);

    /// <param name="kind">units, employees or absences.</param>
    public void Imported(string kind, ImportResult result)
    {
        _importRows.Add(result.Imported, new("kind", kind), new("result", "imported"));
        _importRows.Add(result.Updated, new("kind", kind), new("result", "updated"));
        _importRows.Add(result.Unchanged, new("kind", kind), new("result", "unchanged"));
    }

    public void Dispose() => _meter.Dispose();

    /// <summary>The outbox's index on (SentAt, NextAttemptAt) answers this count; it runs once per metrics export.</summary>
    private int CountOutboxBacklog()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var now = _clock.Now;
        return db.EmailMessages.Count(m => m.SentAt == null && m.GaveUpAt == null && m.NextAttemptAt <= now);
    }
}

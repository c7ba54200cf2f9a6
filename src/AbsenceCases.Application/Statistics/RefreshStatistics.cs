using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Statistics.Facts;

namespace AbsenceCases.Application.Statistics;

/// <summary>
/// The nightly statistics-refresh job: builds the statistics' facts anew from the database, so that changes made
/// outside the application (a restored backup, a correction by hand) are in the next morning's figures.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record RefreshStatistics : IRequest<JobResult>;

public sealed class RefreshStatisticsHandler(AbsenceFactStore store) : IRequestHandler<RefreshStatistics, JobResult>
{
    public async Task<JobResult> Handle(RefreshStatistics request, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        store.EverythingChanged();
        await store.RefreshAsync(cancellationToken);
        var milliseconds = (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return new JobResult(ScheduledJobs.StatisticsRefresh, new Dictionary<string, int> { ["milliseconds"] = milliseconds });
    }
}

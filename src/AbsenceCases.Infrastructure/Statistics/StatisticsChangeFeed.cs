using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// Reads the change feed after the last row this instance has read, with one query on the key. Rows are deleted
/// oldest first and the newest is always kept, so when the last row read is gone while newer rows exist, rows in
/// between may be gone too: the facts are then built anew.
/// </summary>
internal sealed class StatisticsChangeFeed(IServiceScopeFactory scopes, StatisticsChangeOrigin origin, ILogger<StatisticsChangeFeed> logger)
    : IStatisticsChangeFeed, IDisposable
{
    /// <summary>How long a row is kept: an instance that has not read the feed for longer builds its facts anew.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private long? _lastRead;

    public async Task CatchUpAsync(IStatisticsChanges changes, CancellationToken cancellationToken)
    {
        await _reading.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var feed = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Set<StatisticsChange>().AsNoTracking();
            if (_lastRead is not { } lastRead)
            {
                _lastRead = await feed.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
                return;
            }

            var rows = await feed.Where(c => c.Sequence >= lastRead).OrderBy(c => c.Sequence)
                .Select(c => new { c.Sequence, c.Origin, c.EmployeeIds })
                .ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return;
            }

            if (rows[0].Sequence != Math.Max(lastRead, 1))
            {
                logger.LogInformation("Statistics change feed: rows after {LastRead} were deleted unread; building anew", lastRead);
                changes.EverythingChanged();
            }
            else
            {
                foreach (var row in rows.Where(r => r.Sequence > lastRead && r.Origin != origin.Id))
                {
                    Apply(changes, row.EmployeeIds);
                }
            }

            _lastRead = rows[^1].Sequence;
        }
        finally
        {
            _reading.Release();
        }
    }

    public async Task<int> DeleteOldChangesAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var feed = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().Set<StatisticsChange>();
        var cutoff = now - KeptFor;
        var newest = await feed.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;
        return await feed.Where(c => c.RecordedAt < cutoff && c.Sequence < newest).ExecuteDeleteAsync(cancellationToken);
    }

    public void Dispose() => _reading.Dispose();

    private static void Apply(IStatisticsChanges changes, string? employeeIds)
    {
        if (employeeIds is null)
        {
            changes.EverythingChanged();
        }
        else
        {
            changes.EmployeesChanged(employeeIds.Split(',').Select(id => int.Parse(id, CultureInfo.InvariantCulture)));
        }
    }
}

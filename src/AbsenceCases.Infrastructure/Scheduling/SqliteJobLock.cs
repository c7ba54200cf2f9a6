using System.Collections.Concurrent;
using AbsenceCases.Application.Jobs;

namespace AbsenceCases.Infrastructure.Scheduling;

/// <summary>A job's lock on SQLite, in the process: one process serves a SQLite file (see the README).</summary>
internal sealed class SqliteJobLock : IJobLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _jobs = new();

    public async Task<IAsyncDisposable> AcquireAsync(string job, CancellationToken cancellationToken)
    {
        var turn = _jobs.GetOrAdd(job, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken);
        return new Held(turn);
    }

    private sealed class Held(SemaphoreSlim turn) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            turn.Release();
            return ValueTask.CompletedTask;
        }
    }
}

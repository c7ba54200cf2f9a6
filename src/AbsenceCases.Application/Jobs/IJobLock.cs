namespace AbsenceCases.Application.Jobs;

/// <summary>
/// Keeps a job from running twice at once on every instance of the installation: a scheduled run and "run now"
/// take the job's lock, and the second waits until the first has finished.
/// </summary>
public interface IJobLock
{
    Task<IAsyncDisposable> AcquireAsync(string job, CancellationToken cancellationToken);
}

namespace AbsenceCases.Application.Common.Memory;

/// <summary>
/// A payroll import or a full build of the statistics handles a million rows and leaves a few hundred megabytes of
/// short-lived data behind. The garbage collector would keep that memory until it next needs it; after such a
/// batch, which runs seldom and takes seconds, it is given back to the operating system at once.
/// </summary>
public static class LargeBatch
{
    public const int MinimumRows = 100_000;

    public static void ReleaseMemory(int rows)
    {
        if (rows >= MinimumRows)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}

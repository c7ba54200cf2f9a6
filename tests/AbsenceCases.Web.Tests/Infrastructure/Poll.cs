namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// Waits for what a real clock decides, such as Quartz's firings and cluster check-ins, which the fake clock does not
/// drive: asks again every 50 ms and fails once the bound has passed.
/// </summary>
public static class Poll
{
    public static readonly TimeSpan DefaultBound = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? bound = null)
    {
        using var timeout = new CancellationTokenSource(bound ?? DefaultBound);
        while (!await condition())
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Still waiting after {(bound ?? DefaultBound).TotalSeconds} s for {what}.");
            }
        }
    }
}

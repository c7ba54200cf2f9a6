namespace AbsenceCases.Web.Tests;

/// <summary>
/// What every fixture of the test run shares: one throw-away PostgreSQL cluster, started when a test first asks for it
/// and stopped after the last test. Its tests keep apart by making databases of their own in it.
/// </summary>
[SetUpFixture]
public sealed class TestRun
{
    private static readonly Lazy<Task<PostgresCluster>> Cluster = new(() => PostgresCluster.StartAsync());

    public static Task<PostgresCluster> PostgresAsync() => Cluster.Value;

    [OneTimeTearDown]
    public async Task StopPostgres()
    {
        if (Cluster.IsValueCreated && Cluster.Value.IsCompletedSuccessfully)
        {
            await Cluster.Value.Result.DisposeAsync();
        }
    }
}

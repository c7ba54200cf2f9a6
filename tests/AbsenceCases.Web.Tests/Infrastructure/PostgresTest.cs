namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>A fixture with a throw-away PostgreSQL 15 cluster of its own, started before its first test and stopped after its last.</summary>
public abstract class PostgresTest
{
    private PostgresCluster? _cluster;

    protected PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    [OneTimeSetUp]
    public async Task StartCluster() => _cluster = await PostgresCluster.StartAsync();

    [OneTimeTearDown]
    public async Task StopCluster()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

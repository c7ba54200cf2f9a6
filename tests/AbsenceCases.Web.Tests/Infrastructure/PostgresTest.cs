namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>A fixture on the test run's throw-away PostgreSQL 15 cluster (<see cref="TestRun"/>), started before its first test.</summary>
public abstract class PostgresTest
{
    private PostgresCluster? _cluster;

    protected PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    [OneTimeSetUp]
    public async Task StartCluster() => _cluster = await TestRun.PostgresAsync();
}

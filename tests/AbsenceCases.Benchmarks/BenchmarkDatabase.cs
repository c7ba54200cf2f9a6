using AbsenceCases.Infrastructure.Persistence;
using AbsenceCases.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AbsenceCases.Benchmarks;

/// <summary>
/// The database the host runs on: a fresh SQLite file in the benchmark's folder, or an empty database in a
/// throw-away PostgreSQL 15 cluster (the functional tests' <see cref="PostgresCluster"/>), stopped and deleted on dispose.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly PostgresCluster? _cluster;

    private BenchmarkDatabase(DatabaseProvider provider, string connectionString, PostgresCluster? cluster)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _cluster = cluster;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(DatabaseProvider provider, string folder)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new BenchmarkDatabase(provider, $"Data Source={Path.Combine(folder, "benchmark.db")}", null);
        }

        var cluster = await PostgresCluster.StartAsync();
        try
        {
            return new BenchmarkDatabase(provider, await cluster.CreateDatabaseAsync("benchmark"), cluster);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
    }
}

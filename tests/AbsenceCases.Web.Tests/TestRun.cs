using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace AbsenceCases.Web.Tests;

/// <summary>
/// What every fixture of the test run shares: one throw-away PostgreSQL cluster, started when a test first asks for it
/// and stopped after the last test, and in it a database the migrations made once, which the functional tests copy.
/// Its tests keep apart by making databases of their own in it.
/// </summary>
[SetUpFixture]
public sealed class TestRun
{
    private const string TemplateName = "absencecases_template";

    private static readonly Lazy<Task<PostgresCluster>> Cluster = new(() => PostgresCluster.StartAsync());

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static Task<PostgresCluster> PostgresAsync() => Cluster.Value;

    /// <summary>The cluster and the name of its migrated template database.</summary>
    public static async Task<(PostgresCluster Cluster, string Template)> PostgresTemplateAsync() =>
        (await PostgresAsync(), await Template.Value);

    [OneTimeTearDown]
    public async Task StopPostgres()
    {
        if (Cluster.IsValueCreated && Cluster.Value.IsCompletedSuccessfully)
        {
            await Cluster.Value.Result.DisposeAsync();
        }
    }

    /// <summary>A copy is made only of a database nobody is connected to, so the migrator's connections are closed after it.</summary>
    private static async Task<string> CreateTemplateAsync()
    {
        var cluster = await PostgresAsync();
        var connectionString = await cluster.CreateDatabaseAsync(TemplateName);
        await using (var db = new ApplicationDbContext(DatabaseOptions.ContextOptions(DatabaseProvider.Postgres, connectionString)))
        {
            await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        return TemplateName;
    }
}

using AbsenceCases.Application.Jobs;
using Npgsql;

namespace AbsenceCases.Infrastructure.Scheduling;

/// <summary>
/// A job's lock on PostgreSQL: a session advisory lock keyed by the job's name, held on a connection of its own for the
/// run. Every instance on the database shares it, and the server lets go of it when a holder's process dies.
/// </summary>
internal sealed class PostgresJobLock(string connectionString) : IJobLock
{
    /// <summary>The first key of the two-key advisory locks (the write lock uses the one-key form); the second is the job name's hash.</summary>
    private const int JobLocks = 7305;

    public async Task<IAsyncDisposable> AcquireAsync(string job, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@locks, hashtext(@job))", connection);
            take.Parameters.AddWithValue("locks", JobLocks);
            take.Parameters.AddWithValue("job", job);
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection, job);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, string job) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@locks, hashtext(@job))", connection);
                release.Parameters.AddWithValue("locks", JobLocks);
                release.Parameters.AddWithValue("job", job);
                await release.ExecuteNonQueryAsync(CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}

using System.Data;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// An import's hold on the database: the write lock, taken before the import reads what it compares the file with
/// and held until its last row is written, and prepared commands on the context's connection to write many rows
/// fast. Where the database has a single writer (SQLite), the stored data is read in a snapshot without that writer, and
/// the rows are committed in chunks: after a tenth of a second when another transaction waits for the writer, so that
/// the audit row of a read never waits for the whole import, and after two seconds otherwise; the lock keeps sick calls
/// and other imports out in between. Writing begins with
/// <see cref="ResumeAsync"/> after the first <see cref="PauseAsync"/>. An import broken off after a chunk is completed by importing the same file again.
/// </summary>
internal sealed class SqlBatch : IAsyncDisposable
{
    private static readonly TimeSpan ChunkTime = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a chunk runs when no waiting transaction is seen: writers the lock cannot see wait at most this long.</summary>
    private static readonly TimeSpan LongestChunk = TimeSpan.FromSeconds(2);

    private static readonly Dictionary<DbType, NpgsqlDbType> CopyTypes = new()
    {
        [DbType.Int32] = NpgsqlDbType.Integer, [DbType.Double] = NpgsqlDbType.Double, [DbType.Date] = NpgsqlDbType.Date, [DbType.String] = NpgsqlDbType.Varchar,
    };

    private readonly ApplicationDbContext _db;
    private readonly IWriteLockScope _lock;
    private readonly List<DbCommand> _commands = [];
    private readonly Stopwatch _sinceResumed = Stopwatch.StartNew();

    private SqlBatch(ApplicationDbContext db, IWriteLockScope writeLock)
    {
        _db = db;
        _lock = writeLock;
    }

    public static async Task<SqlBatch> BeginAsync(ApplicationDbContext db, IWriteLock writeLock, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return new SqlBatch(db, await writeLock.AcquireForChunksAsync(cancellationToken));
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    private NpgsqlConnection? Postgres => _db.Database.GetDbConnection() as NpgsqlConnection;

    public static object OrNull(object? value) => value ?? DBNull.Value;

    /// <summary>A command on the context's connection, in its transaction if one is open (SQLite refuses it otherwise).</summary>
    public static DbCommand Command(ApplicationDbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    /// <summary>
    /// A prepared command; its parameters (named <c>@name</c>) are bound by position with <see cref="Bind"/>. Their types
    /// are declared, because PostgreSQL prepares a statement with its parameters' types.
    /// </summary>
    public DbCommand Prepare(string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = Command(_db);
        command.CommandText = sql;
        foreach (var (name, type) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = type;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        _commands.Add(command);
        return command;
    }

    public static DbCommand Bind(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command;
    }

    /// <summary>
    /// Inserts the rows into the columns of the table: as one binary COPY stream on PostgreSQL, with a prepared statement
    /// per row elsewhere, where a chunk may end after each row; <paramref name="written"/> hears of each row.
    /// </summary>
    public async Task InsertAsync<T>(
        string table, (string Name, DbType Type)[] columns, IEnumerable<T> rows, Func<T, object[]> values,
        CancellationToken cancellationToken, Action<T>? written = null)
    {
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        if (Postgres is { } postgres)
        {
            await using var copy = await postgres.BeginBinaryImportAsync($"COPY \"{table}\" ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                var fields = values(row);
                for (var i = 0; i < fields.Length; i++)
                {
                    await copy.WriteAsync(fields[i], CopyTypes[columns[i].Type], cancellationToken);
                }

                written?.Invoke(row);
            }

            await copy.CompleteAsync(cancellationToken);
            return;
        }

        var insert = Prepare(
            $"INSERT INTO \"{table}\" ({names}) VALUES ({string.Join(", ", columns.Select(c => "@" + c.Name))})",
            [.. columns.Select(c => ("@" + c.Name, c.Type))]);
        foreach (var row in rows)
        {
            await Bind(insert, values(row)).ExecuteNonQueryAsync(cancellationToken);
            written?.Invoke(row);
            await WrittenAsync(cancellationToken);
        }
    }

    /// <summary>Lets other writers in while the lock stays held, e.g. while the import reads its file.</summary>
    public Task PauseAsync(CancellationToken cancellationToken) => _lock.PauseAsync(cancellationToken);

    /// <summary>Continues writing after a pause.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        await _lock.ResumeAsync(cancellationToken);
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var command in _commands)
        {
            command.Transaction = transaction;
        }

        _sinceResumed.Restart();
    }

    /// <summary>Called after each row or group of rows; once the chunk has taken its time, pauses and resumes.</summary>
    public async Task WrittenAsync(CancellationToken cancellationToken)
    {
        var elapsed = _sinceResumed.Elapsed;
        if (elapsed >= LongestChunk || (elapsed >= ChunkTime && _lock.WritersWaiting))
        {
            await PauseAsync(cancellationToken);
            await ResumeAsync(cancellationToken);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _lock.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }

        await _lock.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }
}

using System.Data.Common;
using System.Globalization;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Writes many rows fast: prepared commands on the context's connection, all in one transaction that commits
/// only when every row is written.
/// </summary>
internal sealed class SqlBatch : IAsyncDisposable
{
    private readonly ApplicationDbContext _db;
    private readonly IDbContextTransaction _transaction;
    private readonly List<DbCommand> _commands = [];

    private SqlBatch(ApplicationDbContext db, IDbContextTransaction transaction)
    {
        _db = db;
        _transaction = transaction;
    }

    public static async Task<SqlBatch> BeginAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        return new SqlBatch(db, await db.BeginTransactionAsync(cancellationToken));
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object IsoOrNull(DateOnly? day) => day is { } value ? Iso(value) : DBNull.Value;

    public static object OrNull(string? text) => text ?? (object)DBNull.Value;

    /// <summary>A prepared command; its parameters are bound by position with <see cref="Bind"/>.</summary>
    public DbCommand Prepare(string sql, params string[] parameters)
    {
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _transaction.GetDbTransaction();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
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

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            await command.DisposeAsync();
        }

        await _transaction.DisposeAsync();
        await _db.Database.CloseConnectionAsync();
    }
}

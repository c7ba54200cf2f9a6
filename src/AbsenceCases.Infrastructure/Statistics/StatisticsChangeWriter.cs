using System.Globalization;

namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>Writes a transaction's row of the change feed on the transaction's own connection, as its last statement before the commit.</summary>
internal sealed class StatisticsChangeWriter(StatisticsChangeOrigin origin, TimeProvider time)
{
    /// <summary>
    /// PostgreSQL numbers a row at its insert, so a transaction that drew a lower number can commit after one that drew a
    /// higher, and a reader that had passed the higher would miss it for good. Each writer therefore holds this
    /// transaction-level advisory lock from its insert to its commit: the numbers become visible in order, and the lock is
    /// held only for that moment. SQLite's single writer gives the same order by itself.
    /// </summary>
    private const string InOrder = "SELECT pg_advisory_xact_lock(7305190002)";

    private static readonly string Insert =
        $"""INSERT INTO "{StatisticsChangeConfiguration.Table}" ("{nameof(StatisticsChange.RecordedAt)}", "{nameof(StatisticsChange.Origin)}", "{nameof(StatisticsChange.EmployeeIds)}") VALUES (@at, @origin, @employees)""";

    public void Write(DbTransaction transaction, DbContext context, IReadOnlyCollection<int> employeeIds, bool everything)
    {
        foreach (var command in Commands(transaction, context, employeeIds, everything))
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    public async Task WriteAsync(
        DbTransaction transaction, DbContext context, IReadOnlyCollection<int> employeeIds, bool everything, CancellationToken cancellationToken)
    {
        foreach (var command in Commands(transaction, context, employeeIds, everything))
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private IEnumerable<DbCommand> Commands(DbTransaction transaction, DbContext context, IReadOnlyCollection<int> employeeIds, bool everything)
    {
        if (context.Database.IsNpgsql())
        {
            yield return Command(transaction, InOrder);
        }

        var insert = Command(transaction, Insert);
        var recordedAt = context.Model.FindEntityType(typeof(StatisticsChange))!.FindProperty(nameof(StatisticsChange.RecordedAt))!;
        Add(insert, "@at", recordedAt.GetTypeMapping().Converter!.ConvertToProvider(time.GetUtcNow())!);
        Add(insert, "@origin", origin.Id);
        Add(insert, "@employees", everything || employeeIds.Count > AbsenceFactStore.MaxEmployeesToReplace
            ? DBNull.Value
            : string.Join(',', employeeIds.Select(id => id.ToString(CultureInfo.InvariantCulture))));
        yield return insert;
    }

    private static DbCommand Command(DbTransaction transaction, string sql)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

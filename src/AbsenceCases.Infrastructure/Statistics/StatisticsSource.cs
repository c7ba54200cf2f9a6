namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// Reads units through EF Core and employments and spells straight from the data reader: a large municipality
/// has a million spells, so dates come out of the database as day numbers and absence types as numbers (spells
/// packed in <see cref="SpellColumns"/>). A full load streams the employments, and the spells split by employee into one
/// share per processor, each on a connection of its own as it is read; the spells of a share come in employee order
/// through the unique index on employee, type and first day, so that they are grouped as they arrive.
/// </summary>
internal sealed class StatisticsSource(ApplicationDbContext db) : IStatisticsSource
{
    private const int IdsPerQuery = 500;

    public async Task<StatisticsData> LoadAllAsync(CancellationToken cancellationToken)
    {
        var dialect = SqlDialect.Of(db.Database);
        var employees = await EmployeeIdsAsync(cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitData(u.Id, u.ParentId, u.Code, u.Name, u.Path, u.Kind, u.IsPilot))
            .ToListAsync(cancellationToken);
        return new StatisticsData(
            units,
            OnOwnConnection(connection => ReadEmployments(connection, dialect, string.Empty, cancellationToken)),
            [.. employees.Shares(Environment.ProcessorCount)
                .Select(filter => OnOwnConnection(connection => ReadSpells(connection, dialect, filter + """ ORDER BY "EmployeeId" """, cancellationToken)))]);
    }

    public async Task<StatisticsData> LoadEmployeesAsync(IReadOnlyCollection<int> employeeIds, CancellationToken cancellationToken)
    {
        var employments = new List<EmploymentData>();
        var spells = new List<SpellData>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var dialect = SqlDialect.Of(db.Database);
            foreach (var chunk in employeeIds.Chunk(IdsPerQuery))
            {
                var filter = $" WHERE \"EmployeeId\" IN ({string.Join(',', chunk)})";
                employments.AddRange(ReadEmployments(connection, dialect, filter, cancellationToken));
                spells.AddRange(ReadSpells(connection, dialect, filter, cancellationToken));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new StatisticsData([], employments, [spells]);
    }

    private async Task<EmployeeIds> EmployeeIdsAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT (SELECT MIN("EmployeeId") FROM "Spells"), (SELECT MAX("EmployeeId") FROM "Spells")""";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return reader.IsDBNull(0)
                ? new EmployeeIds(0, -1)
                : new EmployeeIds(Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Rows read, when they are enumerated, on a connection of their own, opened for them and closed after the last.</summary>
    private IEnumerable<T> OnOwnConnection<T>(Func<DbConnection, IEnumerable<T>> read)
    {
        var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection())
            ?? throw new InvalidOperationException("The database connection names no provider factory.");
        var connectionString = db.Database.GetConnectionString();
        return Read();

        IEnumerable<T> Read()
        {
            using var connection = factory.CreateConnection()!;
            connection.ConnectionString = connectionString;
            connection.Open();
            foreach (var row in read(connection))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<EmploymentData> ReadEmployments(
        DbConnection connection, SqlDialect dialect, string filter, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"""SELECT "EmployeeId", "UnitId", "WeeklyHours", {dialect.DayNumber("From")}, {dialect.DayNumber("To")} FROM "Employments"{filter}""";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new EmploymentData(
                reader.GetInt32(0),
                reader.GetInt32(1),
                reader.GetDouble(2),
                DateOnly.FromDayNumber(reader.GetInt32(3)),
                SqlDialect.ReadDay(reader, 4));
        }
    }

    private static IEnumerable<SpellData> ReadSpells(DbConnection connection, SqlDialect dialect, string filter, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT {SpellColumns.Select(dialect)} FROM "Spells"{filter}""";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return SpellColumns.Read(reader);
        }
    }

    /// <summary>The range of the ids of the employees with spells.</summary>
    private sealed record EmployeeIds(int First, int Last)
    {
        /// <summary>Filters that split the ids into about equal ranges, at least one.</summary>
        public IEnumerable<string> Shares(int count)
        {
            var size = Math.Max(1, (Last - First + count) / count);
            var from = First;
            do
            {
                yield return FormattableString.Invariant($""" WHERE "EmployeeId" BETWEEN {from} AND {Math.Min(from + size - 1, Last)}""");
                from += size;
            }
            while (from <= Last);
        }
    }
}

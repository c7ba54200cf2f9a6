namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// Reads units through EF Core and employments and spells straight from the data reader: a large municipality
/// has a million spells, so dates come out of the database as day numbers and absence types as numbers (spells
/// packed in <see cref="SpellColumns"/>). A full load
/// reads the employments and the spells, split by id into one share per processor, at once on connections of their own.
/// </summary>
internal sealed class StatisticsSource(ApplicationDbContext db) : IStatisticsSource
{
    private const int IdsPerQuery = 500;

    public async Task<StatisticsData> LoadAllAsync(CancellationToken cancellationToken)
    {
        var dialect = SqlDialect.Of(db.Database);
        var spells = await SpellIdsAsync(cancellationToken);
        var employments = OnOwnConnectionAsync(
            (connection, ct) => ReadEmploymentsAsync(connection, dialect, string.Empty, [], ct), cancellationToken);
        var shares = spells.Shares(Environment.ProcessorCount)
            .Select((filter, share) => OnOwnConnectionAsync(
                (connection, ct) => ReadSpellsAsync(connection, dialect, filter, new List<SpellData>(share == 0 ? spells.Count : 0), ct),
                cancellationToken))
            .ToList();
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitData(u.Id, u.ParentId, u.Code, u.Name, u.Path, u.Kind, u.IsPilot))
            .ToListAsync(cancellationToken);
        var all = await shares[0];
        foreach (var share in shares.Skip(1))
        {
            all.AddRange(await share);
        }

        return new StatisticsData(units, await employments, all);
    }

    public async Task<StatisticsData> LoadEmployeesAsync(IReadOnlyCollection<int> employeeIds, CancellationToken cancellationToken)
    {
        var data = new StatisticsData([], [], []);
        foreach (var chunk in employeeIds.Chunk(IdsPerQuery))
        {
            await ReadAsync(data, $" WHERE \"EmployeeId\" IN ({string.Join(',', chunk)})", cancellationToken);
        }

        return data;
    }

    private async Task ReadAsync(StatisticsData data, string filter, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var dialect = SqlDialect.Of(db.Database);
            await ReadEmploymentsAsync(connection, dialect, filter, data.Employments, cancellationToken);
            await ReadSpellsAsync(connection, dialect, filter, data.Spells, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<SpellIds> SpellIdsAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT COUNT(*), MIN("Id"), MAX("Id") FROM "Spells" """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return reader.IsDBNull(1)
                ? new SpellIds(0, 0, -1)
                : new SpellIds(Convert.ToInt32(reader.GetValue(0)), Convert.ToInt64(reader.GetValue(1)), Convert.ToInt64(reader.GetValue(2)));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Runs a read on a thread and a connection of its own (SQLite's reader works synchronously).</summary>
    private Task<T> OnOwnConnectionAsync<T>(Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var factory = DbProviderFactories.GetFactory(db.Database.GetDbConnection())
            ?? throw new InvalidOperationException("The database connection names no provider factory.");
        var connectionString = db.Database.GetConnectionString();
        return Task.Run(
            async () =>
            {
                await using var connection = factory.CreateConnection()!;
                connection.ConnectionString = connectionString;
                await connection.OpenAsync(cancellationToken);
                return await read(connection, cancellationToken);
            },
            cancellationToken);
    }

    private static async Task<List<EmploymentData>> ReadEmploymentsAsync(
        DbConnection connection, SqlDialect dialect, string filter, List<EmploymentData> employments, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""SELECT "EmployeeId", "UnitId", "WeeklyHours", {dialect.DayNumber("From")}, {dialect.DayNumber("To")} FROM "Employments"{filter}""";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            employments.Add(new EmploymentData(
                reader.GetInt32(0),
                reader.GetInt32(1),
                reader.GetDouble(2),
                DateOnly.FromDayNumber(reader.GetInt32(3)),
                SqlDialect.ReadDay(reader, 4)));
        }

        return employments;
    }

    private static async Task<List<SpellData>> ReadSpellsAsync(
        DbConnection connection, SqlDialect dialect, string filter, List<SpellData> spells, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT {SpellColumns.Select(dialect)} FROM "Spells"{filter}""";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            spells.Add(SpellColumns.Read(reader));
        }

        return spells;
    }

    /// <summary>How many spells there are and the range of their ids.</summary>
    private sealed record SpellIds(int Count, long First, long Last)
    {
        /// <summary>Filters that split the ids into about equal ranges, at least one.</summary>
        public IEnumerable<string> Shares(int count)
        {
            var size = Math.Max(1, (Last - First + count) / count);
            var from = First;
            do
            {
                yield return FormattableString.Invariant($""" WHERE "Id" BETWEEN {from} AND {Math.Min(from + size - 1, Last)}""");
                from += size;
            }
            while (from <= Last);
        }
    }
}

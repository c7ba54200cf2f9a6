using System.Data.Common;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Infrastructure.Statistics;

/// <summary>
/// Reads units through EF Core and employments and spells straight from the data reader: a large municipality
/// has a million spells, so dates come out of the database as day numbers and absence types as numbers.
/// </summary>
internal sealed class StatisticsSource(ApplicationDbContext db) : IStatisticsSource
{
    private const int IdsPerQuery = 500;

    public async Task<StatisticsData> LoadAllAsync(CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitData(u.Id, u.ParentId, u.Code, u.Name, u.Path, u.Kind, u.IsPilot))
            .ToListAsync(cancellationToken);
        var data = new StatisticsData(units, [], []);
        await ReadAsync(data, filter: string.Empty, cancellationToken);
        return data;
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

    private static async Task ReadEmploymentsAsync(DbConnection connection, SqlDialect dialect, string filter, List<EmploymentData> employments, CancellationToken cancellationToken)
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
    }

    private static async Task ReadSpellsAsync(DbConnection connection, SqlDialect dialect, string filter, List<SpellData> spells, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        if (filter.Length == 0)
        {
            command.CommandText = "SELECT COUNT(*) FROM \"Spells\"";
            spells.EnsureCapacity(spells.Count + Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken)));
        }

        command.CommandText =
            $"""SELECT "EmployeeId", {SqlDialect.AbsenceTypeNumber}, "Percent", {dialect.DayNumber("FirstDay")}, {dialect.DayNumber("LastDay")} FROM "Spells"{filter}""";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            spells.Add(new SpellData(
                reader.GetInt32(0),
                (AbsenceType)reader.GetInt32(1),
                reader.GetInt32(2),
                DateOnly.FromDayNumber(reader.GetInt32(3)),
                SqlDialect.ReadDay(reader, 4)));
        }
    }
}

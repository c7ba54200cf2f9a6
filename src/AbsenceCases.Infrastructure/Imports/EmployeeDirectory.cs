using AbsenceCases.Application.Imports.Absences;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>Employee numbers and the days their employments cover, for checking an absence file; read compactly.</summary>
internal sealed class EmployeeDirectory : IEmployeeDirectory
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<int, (int Start, int Count)> _runs;
    private readonly (int From, int To)[] _employments;

    private EmployeeDirectory(Dictionary<string, int> ids, Dictionary<int, (int Start, int Count)> runs, (int From, int To)[] employments)
    {
        _ids = ids;
        _runs = runs;
        _employments = employments;
    }

    public static async Task<EmployeeDirectory> LoadAsync(ApplicationDbContext db, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var runs = new Dictionary<int, (int Start, int Count)>();
        var employments = new List<(int From, int To)>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var dialect = SqlDialect.Of(db.Database);
            await using var command = SqlBatch.Command(db);
            command.CommandText = "SELECT \"Id\", \"EmployeeNumber\" FROM \"Employees\"";
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids[reader.GetString(1)] = reader.GetInt32(0);
                }
            }

            command.CommandText =
                $"""SELECT "EmployeeId", {dialect.DayNumber("From")}, {dialect.DayNumber("To")} FROM "Employments" ORDER BY "EmployeeId" """;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var employeeId = reader.GetInt32(0);
                    runs[employeeId] = runs.TryGetValue(employeeId, out var run) ? (run.Start, run.Count + 1) : (employments.Count, 1);
                    employments.Add((reader.GetInt32(1), reader.IsDBNull(2) ? int.MaxValue : reader.GetInt32(2)));
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return new EmployeeDirectory(ids, runs, [.. employments]);
    }

    public int? IdOf(string employeeNumber) => _ids.TryGetValue(employeeNumber, out var id) ? id : null;

    public bool IsEmployedOn(int employeeId, DateOnly day)
    {
        if (!_runs.TryGetValue(employeeId, out var run))
        {
            return false;
        }

        foreach (var (from, to) in _employments.AsSpan(run.Start, run.Count))
        {
            if (from <= day.DayNumber && day.DayNumber <= to)
            {
                return true;
            }
        }

        return false;
    }
}

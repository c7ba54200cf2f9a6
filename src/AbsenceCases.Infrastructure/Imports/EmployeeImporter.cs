using System.Data;
using System.Diagnostics;
using AbsenceCases.Application.Common.Memory;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Retention;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Common;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Imports employees.csv, one row per employment. An employee's rows must agree on the name and must not
/// overlap; the employments of every employee in the file become exactly the file's rows (keyed by employed_from).
/// Retention is not undone by an old file: an anonymised employee keeps the anonymous name, and an employee who is not
/// stored and whose employments all ended before the retention period is left out (counted as unchanged).
/// A municipality has tens of thousands of employees, so rows are compared with compactly read stored data and
/// written with prepared statements under the write lock, which is taken before the stored data is read.
/// </summary>
internal sealed class EmployeeImporter(
    ApplicationDbContext db, IWriteLock writeLock, IStatisticsChanges statistics, MunicipalClock clock, DeadlinePolicy policy,
    ILogger<EmployeeImporter> logger)
    : IEmployeeImporter
{
    public const decimal MaxWeeklyHours = 48m;

    private const int ProgressEvery = 25_000;

    private static readonly string[] Columns =
        ["employee_number", "name", "unit_code", "weekly_hours", "employed_from", "employed_to", "staff_group"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new ImportErrors();
        await using var batch = await SqlBatch.BeginAsync(db, writeLock, cancellationToken);
        var stored = await StoredEmployees.LoadAsync(db, cancellationToken);
        var unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        await batch.PauseAsync(cancellationToken);
        var rows = await ReadRows(csv, unitIds, errors, cancellationToken);
        rows.Sort(static (a, b) => a.Number != b.Number ? string.CompareOrdinal(a.Number, b.Number) : a.From != b.From ? a.From.CompareTo(b.From) : a.Line.CompareTo(b.Line));
        var employees = Group(rows);
        foreach (var employee in employees)
        {
            Check(employee, errors);
        }

        errors.ThrowIfAny();
        logger.LogInformation("Employee import: {Rows} rows of {Employees} employees read and checked", rows.Count, employees.Count);

        var retentionEnded = RetentionCutoffs.On(clock.Now, clock.Today, policy.Settings).EndedOnOrBefore;
        var plan = new EmployeePlan(stored, retentionEnded);
        foreach (var employee in employees)
        {
            plan.Add(employee);
        }

        await WriteAsync(batch, plan, cancellationToken);
        LargeBatch.ReleaseMemory(rows.Count);
        logger.LogInformation(
            "Employee import: {Imported} new, {Updated} updated, {Unchanged} unchanged employments in {Elapsed} ms",
            plan.Counts.Imported, plan.Counts.Updated, plan.Counts.Unchanged, (long)stopwatch.Elapsed.TotalMilliseconds);
        return plan.Counts.ToResult();
    }

    private async Task<List<EmploymentRow>> ReadRows(
        Stream csv, Dictionary<string, int> unitIds, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<EmploymentRow>();
        await foreach (var row in new CsvSource(csv, Columns, errors).RowsAsync(cancellationToken))
        {
            var number = row.Text("employee_number", TextLimits.Code, required: true);
            var name = row.Text("name", TextLimits.Name, required: true);
            var unitCode = row.Text("unit_code", TextLimits.Code, required: true);
            int? unitId = null;
            if (unitCode is not null && unitIds.TryGetValue(unitCode, out var id))
            {
                unitId = id;
            }
            else if (unitCode is not null)
            {
                row.Error("unit_code", ImportCodes.UnknownUnit, ("value", unitCode));
            }

            var hours = row.Decimal("weekly_hours");
            if (hours is <= 0 or > MaxWeeklyHours)
            {
                row.Error("weekly_hours", ImportCodes.WeeklyHours, ("max", MaxWeeklyHours));
                hours = null;
            }

            var from = row.Date("employed_from", required: true);
            var to = row.Date("employed_to", required: false);
            if (from is not null && to < from)
            {
                row.Error("employed_to", ImportCodes.BeforeColumn, ("column", "employed_from"));
                to = null;
                from = null;
            }

            var staffGroup = row.Text("staff_group", TextLimits.StaffGroup, required: false);
            if (number is not null && name is not null && unitId is not null && hours is not null && from is not null)
            {
                rows.Add(new EmploymentRow(row.Line, number, name, unitId.Value, (double)hours.Value, from.Value, to, staffGroup));
            }

            if (row.Line % ProgressEvery == 0)
            {
                logger.LogInformation("Employee import: {Lines} lines read", row.Line);
            }
        }

        return rows;
    }

    /// <summary>The rows of each employee, in order of employed_from; the rows must be sorted by number first.</summary>
    private static List<ArraySegment<EmploymentRow>> Group(List<EmploymentRow> rows)
    {
        var all = rows.ToArray();
        var groups = new List<ArraySegment<EmploymentRow>>();
        for (var start = 0; start < all.Length;)
        {
            var end = start + 1;
            while (end < all.Length && all[end].Number == all[start].Number)
            {
                end++;
            }

            groups.Add(new ArraySegment<EmploymentRow>(all, start, end - start));
            start = end;
        }

        return groups;
    }

    private static void Check(ArraySegment<EmploymentRow> rows, ImportErrors errors)
    {
        var first = rows.MinBy(r => r.Line)!;
        foreach (var row in rows.Where(r => r.Name != first.Name))
        {
            errors.Add(row.Line, "name", ImportCodes.NameDiffers, ("line", first.Line));
        }

        for (var i = 1; i < rows.Count; i++)
        {
            var previous = rows[i - 1];
            if (previous.To is null || previous.To >= rows[i].From)
            {
                errors.Add(rows[i].Line, "employed_from", ImportCodes.OverlapsEmployment, ("line", previous.Line));
            }
        }
    }

    private async Task WriteAsync(SqlBatch batch, EmployeePlan plan, CancellationToken cancellationToken)
    {
        await batch.ResumeAsync(cancellationToken);
        var insertEmployee = batch.Prepare(
            """INSERT INTO "Employees" ("EmployeeNumber", "Name") VALUES (@number, @name) RETURNING "Id" """,
            ("@number", DbType.String), ("@name", DbType.String));
        var rename = batch.Prepare("""UPDATE "Employees" SET "Name" = @name WHERE "Id" = @id""", ("@name", DbType.String), ("@id", DbType.Int32));
        var insert = batch.Prepare(
            """
            INSERT INTO "Employments" ("EmployeeId", "UnitId", "WeeklyHours", "From", "To", "StaffGroup")
            VALUES (@employee, @unit, @hours, @from, @to, @group)
            """,
            ("@employee", DbType.Int32), ("@unit", DbType.Int32), ("@hours", DbType.Double), ("@from", DbType.Date), ("@to", DbType.Date), ("@group", DbType.String));
        var update = batch.Prepare(
            """UPDATE "Employments" SET "UnitId" = @unit, "WeeklyHours" = @hours, "To" = @to, "StaffGroup" = @group WHERE "Id" = @id""",
            ("@unit", DbType.Int32), ("@hours", DbType.Double), ("@to", DbType.Date), ("@group", DbType.String), ("@id", DbType.Int32));
        var delete = batch.Prepare("""DELETE FROM "Employments" WHERE "Id" = @id""", ("@id", DbType.Int32));

        var copied = batch.Postgres is { } postgres ? await CopyAsync(postgres, plan.Employees, cancellationToken) : null;
        var written = 0;
        foreach (var employee in plan.Employees)
        {
            var employeeId = employee.Id
                ?? copied?[employee.Number]
                ?? Convert.ToInt32(await SqlBatch.Bind(insertEmployee, employee.Number, employee.Name).ExecuteScalarAsync(cancellationToken));
            if (employee.Id is not null && employee.Renamed)
            {
                await SqlBatch.Bind(rename, employee.Name, employeeId).ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var row in copied is null ? employee.Inserts : [])
            {
                await SqlBatch.Bind(insert, employeeId, row.UnitId, row.WeeklyHours, row.From, SqlBatch.OrNull(row.To), SqlBatch.OrNull(row.StaffGroup))
                    .ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var (id, row) in employee.Updates)
            {
                await SqlBatch.Bind(update, row.UnitId, row.WeeklyHours, SqlBatch.OrNull(row.To), SqlBatch.OrNull(row.StaffGroup), id)
                    .ExecuteNonQueryAsync(cancellationToken);
            }

            foreach (var id in employee.Deletes)
            {
                await SqlBatch.Bind(delete, id).ExecuteNonQueryAsync(cancellationToken);
            }

            if (employee.ChangesEmployments)
            {
                statistics.EmployeesChanged([employeeId]);
            }

            await batch.WrittenAsync(cancellationToken);

            if (++written % ProgressEvery == 0)
            {
                logger.LogInformation("Employee import: {Written} of {Total} employees written", written, plan.Employees.Count);
            }
        }

        await batch.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// PostgreSQL takes the new employees and every new employment as binary COPY streams in the import's transaction,
    /// instead of a round trip per row; answers the new employees' ids by number.
    /// </summary>
    private static async Task<Dictionary<string, int>> CopyAsync(NpgsqlConnection connection, List<EmployeeChange> employees, CancellationToken cancellationToken)
    {
        var added = employees.Where(e => e.Id is null).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "Employees" ("EmployeeNumber", "Name") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            foreach (var employee in added)
            {
                await copy.WriteRowAsync(cancellationToken, employee.Number, employee.Name);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var ids = new Dictionary<string, int>(added.Count, StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("""SELECT "EmployeeNumber", "Id" FROM "Employees" WHERE "EmployeeNumber" = ANY(@numbers)""", connection))
        {
            command.Parameters.AddWithValue("numbers", added.Select(e => e.Number).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0), reader.GetInt32(1));
            }
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            """COPY "Employments" ("EmployeeId", "UnitId", "WeeklyHours", "From", "To", "StaffGroup") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            foreach (var employee in employees)
            {
                var employeeId = employee.Id ?? ids[employee.Number];
                foreach (var row in employee.Inserts)
                {
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(employeeId, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(row.UnitId, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(row.WeeklyHours, NpgsqlDbType.Double, cancellationToken);
                    await copy.WriteAsync(row.From, NpgsqlDbType.Date, cancellationToken);
                    await copy.WriteAsync((object?)row.To ?? DBNull.Value, NpgsqlDbType.Date, cancellationToken);
                    await copy.WriteAsync((object?)row.StaffGroup ?? DBNull.Value, NpgsqlDbType.Varchar, cancellationToken);
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        return ids;
    }

    private sealed record EmploymentRow(
        int Line, string Number, string Name, int UnitId, double WeeklyHours, DateOnly From, DateOnly? To, string? StaffGroup)
    {
        public bool Matches(StoredEmployment stored) =>
            stored.UnitId == UnitId && stored.WeeklyHours == WeeklyHours && stored.To == To && stored.StaffGroup == StaffGroup;
    }

    /// <summary>What to write for one employee of the file (Id empty: a new employee).</summary>
    private sealed class EmployeeChange(int? id, string number, string name, bool renamed)
    {
        public int? Id { get; } = id;

        public string Number { get; } = number;

        public string Name { get; } = name;

        public bool Renamed { get; } = renamed;

        public List<EmploymentRow> Inserts { get; } = [];

        public List<(int Id, EmploymentRow Row)> Updates { get; } = [];

        public List<int> Deletes { get; } = [];

        public bool ChangesEmployments => Inserts.Count > 0 || Updates.Count > 0 || Deletes.Count > 0;
    }

    /// <summary>Compares each employee of the file with the stored one: new, changed and dropped employments, and the row counts.</summary>
    private sealed class EmployeePlan(StoredEmployees stored, DateOnly retentionEnded)
    {
        public List<EmployeeChange> Employees { get; } = [];

        public RowCounts Counts { get; } = new();

        public void Add(ArraySegment<EmploymentRow> rows)
        {
            var first = rows.MinBy(r => r.Line)!;
            var existing = stored.Find(first.Number);
            if (existing is null && rows.All(r => r.To <= retentionEnded))
            {
                Counts.Unchanged += rows.Count;
                return;
            }

            var renamed = existing is { } found && found.Name != first.Name && found.Name != Anonymised.Text;
            var change = new EmployeeChange(existing?.Id, first.Number, first.Name, renamed);
            var byStart = new Dictionary<DateOnly, StoredEmployment>();
            foreach (var employment in existing is { } employee ? stored.EmploymentsOf(employee.Id) : [])
            {
                if (!byStart.TryAdd(employment.From, employment))
                {
                    change.Deletes.Add(employment.Id);
                }
            }

            foreach (var row in rows)
            {
                if (!byStart.Remove(row.From, out var employment))
                {
                    change.Inserts.Add(row);
                    Counts.Imported++;
                }
                else if (row.Matches(employment))
                {
                    Counts.Unchanged += renamed ? 0 : 1;
                    Counts.Updated += renamed ? 1 : 0;
                }
                else
                {
                    change.Updates.Add((employment.Id, row));
                    Counts.Updated++;
                }
            }

            change.Deletes.AddRange(byStart.Values.Select(e => e.Id));
            if (change.Id is null || change.Renamed || change.ChangesEmployments)
            {
                Employees.Add(change);
            }
        }
    }
}

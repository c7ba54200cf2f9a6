using System.Data;
using System.Diagnostics;
using AbsenceCases.Application.Common.Memory;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Employees;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Reads employees.csv, one row per employment, and writes what <see cref="EmployeeImportPlan"/> decides. A municipality
/// has tens of thousands of employees, so rows are compared with compactly read stored data and written with prepared
/// statements under the write lock, which is taken before the stored data is read.
/// </summary>
internal sealed class EmployeeImporter(
    ApplicationDbContext db, IWriteLock writeLock, IStatisticsChanges statistics, ImportRetention retention, ILogger<EmployeeImporter> logger)
    : IEmployeeImporter
{
    private const int ProgressEvery = 25_000;

    private static readonly string[] Columns =
        ["employee_number", "name", "unit_code", "weekly_hours", "employed_from", "employed_to", "staff_group"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new ImportErrors();
        var rules = new EmployeeImportRules(errors);
        await using var batch = await SqlBatch.BeginAsync(db, writeLock, cancellationToken);
        var stored = await StoredEmployees.LoadAsync(db, cancellationToken);
        var unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        await batch.PauseAsync(cancellationToken);
        var rows = await ReadRows(csv, unitIds, rules, errors, cancellationToken);
        var employees = rules.Check(rows);
        errors.ThrowIfAny();
        logger.LogInformation("Employee import: {Rows} rows of {Employees} employees read and checked", rows.Count, employees.Count);

        var plan = new EmployeeImportPlan(stored, retention.EndedOnOrBefore);
        foreach (var employee in employees)
        {
            plan.Add(employee);
        }

        await WriteAsync(batch, plan, cancellationToken);
        LargeBatch.ReleaseMemory(rows.Count);
        var result = plan.Result;
        logger.LogInformation(
            "Employee import: {Imported} new, {Updated} updated, {Unchanged} unchanged employments in {Elapsed} ms",
            result.Imported, result.Updated, result.Unchanged, (long)stopwatch.Elapsed.TotalMilliseconds);
        return result;
    }

    private async Task<List<EmploymentRow>> ReadRows(
        Stream csv, Dictionary<string, int> unitIds, EmployeeImportRules rules, ImportErrors errors, CancellationToken cancellationToken)
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

            var hours = rules.WeeklyHours(row.Line, row.Decimal("weekly_hours"));
            var (from, to) = row.Period("employed_from", "employed_to");
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

    private async Task WriteAsync(SqlBatch batch, EmployeeImportPlan plan, CancellationToken cancellationToken)
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
}

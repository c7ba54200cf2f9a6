using System.Data;
using System.Diagnostics;
using AbsenceCases.Application.Common.Memory;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Employees;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Reads employees.csv, one row per employment, and writes what <see cref="EmployeeImportPlan"/> decides. A municipality
/// has tens of thousands of employees, so rows are compared with compactly read stored data and written in bulk
/// under the write lock, which is taken before the stored data is read.
/// </summary>
internal sealed class EmployeeImporter(
    ApplicationDbContext db, IWriteLock writeLock, IStatisticsChanges statistics, ImportRetention retention, ILogger<EmployeeImporter> logger)
    : IEmployeeImporter
{
    private const int ProgressEvery = 25_000;

    private static readonly string[] Columns =
        ["employee_number", "name", "unit_code", "weekly_hours", "employed_from", "employed_to", "staff_group"];

    private static readonly string[] OptionalColumns = ["employment_id"];

    private static readonly (string, DbType)[] EmployeeColumns = [("EmployeeNumber", DbType.String), ("Name", DbType.String)];

    private static readonly (string, DbType)[] EmploymentColumns =
    [
        ("EmployeeId", DbType.Int32), ("UnitId", DbType.Int32), ("WeeklyHours", DbType.Double), ("From", DbType.Date), ("To", DbType.Date),
        ("StaffGroup", DbType.String), ("EmploymentNumber", DbType.String),
    ];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var errors = new ImportErrors();
        var rules = new EmployeeImportRules(errors);
        await using var batch = await SqlBatch.BeginAsync(db, writeLock, cancellationToken);
        var stored = await LoadStoredAsync(cancellationToken);
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

    /// <summary>The stored employees and their employments, read compactly without tracking.</summary>
    private async Task<StoredEmployees> LoadStoredAsync(CancellationToken cancellationToken)
    {
        var employees = await db.Employees.AsNoTracking()
            .Select(e => new { e.EmployeeNumber, e.Id, e.Name })
            .ToDictionaryAsync(e => e.EmployeeNumber, e => (e.Id, e.Name), StringComparer.Ordinal, cancellationToken);
        var employments = await db.Employments.AsNoTracking()
            .Select(e => new { e.EmployeeId, e.Id, e.UnitId, e.WeeklyHours, e.From, e.To, e.StaffGroup, e.EmploymentNumber })
            .ToListAsync(cancellationToken);
        return new StoredEmployees(
            employees,
            employments.ToLookup(e => e.EmployeeId, e => new StoredEmployment(e.Id, e.UnitId, (double)e.WeeklyHours, e.From, e.To, e.StaffGroup, e.EmploymentNumber)));
    }

    private async Task<List<EmploymentRow>> ReadRows(
        Stream csv, Dictionary<string, int> unitIds, EmployeeImportRules rules, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<EmploymentRow>();
        await foreach (var row in new CsvSource(csv, Columns, errors, OptionalColumns).RowsAsync(cancellationToken))
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
            var employmentNumber = row.Text("employment_id", TextLimits.Code, required: false);
            if (number is not null && name is not null && unitId is not null && hours is not null && from is not null)
            {
                rows.Add(new EmploymentRow(
                    row.Line, number, name, unitId.Value, (double)hours.Value, from.Value, to, staffGroup, employmentNumber));
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
        var added = plan.Employees.Where(e => e.Id is null).ToList();
        await batch.InsertAsync("Employees", EmployeeColumns, added, e => [e.Number, e.Name], cancellationToken);
        var ids = added.Count == 0 ? [] : await EmployeeIdsAsync(cancellationToken);
        var rename = batch.Prepare("""UPDATE "Employees" SET "Name" = @name WHERE "Id" = @id""", ("@name", DbType.String), ("@id", DbType.Int32));
        var update = batch.Prepare(
            """UPDATE "Employments" SET "UnitId" = @unit, "WeeklyHours" = @hours, "To" = @to, "StaffGroup" = @group WHERE "Id" = @id""",
            ("@unit", DbType.Int32), ("@hours", DbType.Double), ("@to", DbType.Date), ("@group", DbType.String), ("@id", DbType.Int32));
        var delete = batch.Prepare("""DELETE FROM "Employments" WHERE "Id" = @id""", ("@id", DbType.Int32));
        var written = 0;
        foreach (var employee in plan.Employees)
        {
            if (employee.Renamed)
            {
                await SqlBatch.Bind(rename, employee.Name, employee.Id!).ExecuteNonQueryAsync(cancellationToken);
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

            if (employee.Updates.Count > 0 || employee.Deletes.Count > 0)
            {
                statistics.EmployeesChanged([employee.Id!.Value]);
            }

            await batch.WrittenAsync(cancellationToken);
            if (++written % ProgressEvery == 0)
            {
                logger.LogInformation("Employee import: {Written} of {Total} employees written", written, plan.Employees.Count);
            }
        }

        await batch.InsertAsync(
            "Employments", EmploymentColumns, plan.Employees.SelectMany(e => e.Inserts.Select(row => (Employee: e.Id ?? ids[e.Number], Row: row))),
            e =>
            [
                e.Employee, e.Row.UnitId, e.Row.WeeklyHours, e.Row.From, SqlBatch.OrNull(e.Row.To), SqlBatch.OrNull(e.Row.StaffGroup),
                SqlBatch.OrNull(e.Row.EmploymentNumber),
            ],
            cancellationToken,
            e => statistics.EmployeesChanged([e.Employee]));
        await batch.CommitAsync(cancellationToken);
    }

    /// <summary>The ids of the stored employees by number, the ones just inserted among them.</summary>
    private async Task<Dictionary<string, int>> EmployeeIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = SqlBatch.Command(db);
        command.CommandText = """SELECT "EmployeeNumber", "Id" FROM "Employees" """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0), reader.GetInt32(1));
        }

        return ids;
    }
}

using System.Data;
using System.Globalization;
using AbsenceCases.Application.Common.Memory;
using AbsenceCases.Application.Common.Time;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Retention;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Imports absences.csv. Payroll exports hold a million rows and more, so rows are streamed into compact
/// values, checked against each other and the spells already stored (sorted by employee, type and first day),
/// and written with prepared statements under the write lock, which is taken before the stored data is read. A spell of
/// an employee no longer stored that ended before the retention period is left out (counted as unchanged): the employee
/// was anonymised, and an old file still imports.
/// </summary>
internal sealed class AbsenceImporter(
    ApplicationDbContext db, IWriteLock writeLock, IStatisticsChanges statistics, MunicipalClock clock, DeadlinePolicy policy,
    ILogger<AbsenceImporter> logger) : IAbsenceImporter
{
    private const int ProgressEvery = 250_000;

    private static readonly string[] Columns = ["employee_number", "first_day", "last_day", "percent", "absence_type"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        await using var batch = await SqlBatch.BeginAsync(db, writeLock, cancellationToken);
        var employees = await EmployeeDirectory.LoadAsync(db, cancellationToken);
        var stored = await StoredSpells.LoadAsync(db, cancellationToken);
        await batch.PauseAsync(cancellationToken);
        var retentionEnded = RetentionCutoffs.On(clock.Now, clock.Today, policy.Settings).EndedOnOrBefore;
        var (rows, pastRetention) = await ReadRows(csv, employees, retentionEnded, errors, cancellationToken);
        Array.Sort(rows, SpellOrder.Compare);
        var plan = SpellMerge.Plan(rows, stored, errors);
        errors.ThrowIfAny();

        await WriteAsync(batch, rows, plan, cancellationToken);
        LargeBatch.ReleaseMemory(rows.Length);
        logger.LogInformation(
            "Absence import: {Imported} new, {Updated} updated, {Unchanged} unchanged spells",
            plan.Inserts.Count, plan.Updates.Count, plan.Unchanged);
        return new ImportResult(plan.Inserts.Count, plan.Updates.Count, plan.Unchanged + pastRetention);
    }

    private async Task<(SpellRow[] Rows, int PastRetention)> ReadRows(
        Stream csv, EmployeeDirectory employees, DateOnly retentionEnded, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new ChunkedList<SpellRow>(1 << 16);
        var pastRetention = 0;
        await foreach (var row in new CsvSource(csv, Columns, errors).RowsAsync(cancellationToken))
        {
            var number = row.Text("employee_number", TextLimits.Code, required: true);
            var employeeId = number is null ? null : employees.IdOf(number);
            if (number is not null && employeeId is null)
            {
                if (EndedOnOrBefore(row.Raw("last_day"), retentionEnded))
                {
                    pastRetention++;
                    continue;
                }

                row.Error("employee_number", ImportCodes.UnknownEmployee, ("value", number));
            }

            var firstDay = row.Date("first_day", required: true);
            var lastDay = row.Date("last_day", required: false);
            if (firstDay is not null && lastDay < firstDay)
            {
                row.Error("last_day", ImportCodes.BeforeColumn, ("column", "first_day"));
                firstDay = null;
            }

            var percent = row.Percent("percent");
            AbsenceType? type = AbsenceTypeCodes.TryParse(row.Raw("absence_type"), out var parsed) ? parsed : null;
            if (type is null)
            {
                row.Error("absence_type", ImportCodes.NotOneOf, ("value", row.Raw("absence_type")), ("values", AbsenceTypeCodes.All));
            }

            if (employeeId is { } id && firstDay is { } first && !employees.IsEmployedOn(id, first))
            {
                row.Error("first_day", ImportCodes.OutsideEmployment);
                firstDay = null;
            }

            if (employeeId is not null && firstDay is not null && percent is not null && type is not null)
            {
                rows.Add(new SpellRow(row.Line, employeeId.Value, new PackedSpell(type.Value, firstDay.Value, lastDay, percent.Value)));
            }

            if (row.Line % ProgressEvery == 0)
            {
                logger.LogInformation("Absence import: {Lines} lines read", row.Line);
            }
        }

        return (rows.ToArray(), pastRetention);
    }

    private static bool EndedOnOrBefore(string lastDay, DateOnly day) =>
        DateOnly.TryParseExact(lastDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ended) && ended <= day;

    private async Task WriteAsync(SqlBatch batch, SpellRow[] rows, SpellMerge.MergePlan plan, CancellationToken cancellationToken)
    {
        await batch.ResumeAsync(cancellationToken);
        var inserts = plan.Inserts.Select(i => rows[i]);
        if (batch.Postgres is { } postgres)
        {
            await CopyAsync(postgres, inserts, plan.Inserts.Count, cancellationToken);
        }
        else
        {
            await InsertAsync(batch, inserts, plan.Inserts.Count, cancellationToken);
        }

        var update = batch.Prepare(
            """UPDATE "Spells" SET "Percent" = @percent, "LastDay" = @last WHERE "Id" = @id""",
            ("@percent", DbType.Int32), ("@last", DbType.Date), ("@id", DbType.Int32));
        foreach (var (id, row) in plan.Updates)
        {
            var spell = rows[row].Spell;
            await SqlBatch.Bind(update, spell.Percent, SqlBatch.OrNull(spell.LastDay), id).ExecuteNonQueryAsync(cancellationToken);
            statistics.EmployeesChanged([rows[row].EmployeeId]);
            await batch.WrittenAsync(cancellationToken);
        }

        await batch.CommitAsync(cancellationToken);
    }

    private async Task InsertAsync(SqlBatch batch, IEnumerable<SpellRow> inserts, int total, CancellationToken cancellationToken)
    {
        var insert = batch.Prepare(
            """INSERT INTO "Spells" ("EmployeeId", "Type", "Percent", "FirstDay", "LastDay") VALUES (@employee, @type, @percent, @first, @last)""",
            ("@employee", DbType.Int32), ("@type", DbType.String), ("@percent", DbType.Int32), ("@first", DbType.Date), ("@last", DbType.Date));
        var written = 0;
        foreach (var (_, employeeId, spell) in inserts)
        {
            await SqlBatch.Bind(insert, employeeId, spell.Type.ToCode(), spell.Percent, spell.FirstDay, SqlBatch.OrNull(spell.LastDay))
                .ExecuteNonQueryAsync(cancellationToken);
            statistics.EmployeesChanged([employeeId]);
            await batch.WrittenAsync(cancellationToken);
            LogProgress(++written, total);
        }
    }

    /// <summary>PostgreSQL takes the new spells as one binary COPY stream in the import's transaction.</summary>
    private async Task CopyAsync(NpgsqlConnection connection, IEnumerable<SpellRow> inserts, int total, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY "Spells" ("EmployeeId", "Type", "Percent", "FirstDay", "LastDay") FROM STDIN (FORMAT BINARY)""", cancellationToken);
        var written = 0;
        foreach (var (_, employeeId, spell) in inserts)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(employeeId, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(spell.Type.ToCode(), NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(spell.Percent, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(spell.FirstDay, NpgsqlDbType.Date, cancellationToken);
            if (spell.LastDay is { } lastDay)
            {
                await copy.WriteAsync(lastDay, NpgsqlDbType.Date, cancellationToken);
            }
            else
            {
                await copy.WriteNullAsync(cancellationToken);
            }

            statistics.EmployeesChanged([employeeId]);
            LogProgress(++written, total);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private void LogProgress(int written, int total)
    {
        if (written % ProgressEvery == 0)
        {
            logger.LogInformation("Absence import: {Written} of {Total} new spells written", written, total);
        }
    }
}

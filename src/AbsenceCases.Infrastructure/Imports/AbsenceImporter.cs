using System.Data;
using AbsenceCases.Application.Common.Memory;
using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Imports.Absences;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Reads absences.csv and writes what <see cref="SpellMerge"/> decides. Payroll exports hold a million rows and more, so
/// rows are streamed into compact values, sorted like the stored spells (by employee, type and first day), and written
/// in bulk under the write lock, which is taken before the stored data is read.
/// </summary>
internal sealed class AbsenceImporter(
    ApplicationDbContext db, IWriteLock writeLock, IStatisticsChanges statistics, ImportRetention retention, ILogger<AbsenceImporter> logger)
    : IAbsenceImporter
{
    private const int ProgressEvery = 250_000;

    private static readonly string[] Columns = ["employee_number", "first_day", "last_day", "percent", "absence_type"];

    private static readonly (string, DbType)[] SpellColumns =
        [("EmployeeId", DbType.Int32), ("Type", DbType.String), ("Percent", DbType.Int32), ("FirstDay", DbType.Date), ("LastDay", DbType.Date)];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        await using var batch = await SqlBatch.BeginAsync(db, writeLock, cancellationToken);
        var rules = new AbsenceImportRules(await EmployeeDirectory.LoadAsync(db, cancellationToken), retention.EndedOnOrBefore, errors);
        var stored = await StoredSpells.LoadAsync(db, cancellationToken);
        await batch.PauseAsync(cancellationToken);
        var rows = await ReadRows(csv, rules, errors, cancellationToken);
        Array.Sort(rows, static (a, b) => a.Order.CompareTo(b.Order));
        var plan = SpellMerge.Plan(rows, stored, errors);
        errors.ThrowIfAny();

        await WriteAsync(batch, rows, plan, cancellationToken);
        LargeBatch.ReleaseMemory(rows.Length);
        logger.LogInformation(
            "Absence import: {Imported} new, {Updated} updated, {Unchanged} unchanged spells",
            plan.Inserts.Count, plan.Updates.Count, plan.Unchanged);
        return new ImportResult(plan.Inserts.Count, plan.Updates.Count, plan.Unchanged + rules.PastRetention);
    }

    private async Task<SpellRow[]> ReadRows(Stream csv, AbsenceImportRules rules, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new ChunkedList<SpellRow>(1 << 16);
        await foreach (var row in new CsvSource(csv, Columns, errors).RowsAsync(cancellationToken))
        {
            if (!rules.TryEmployee(row.Line, row.Text("employee_number", TextLimits.Code, required: true), row.Raw("last_day"), out var employeeId))
            {
                continue;
            }

            var (firstDay, lastDay) = row.Period("first_day", "last_day");
            var percent = row.Percent("percent");
            AbsenceType? type = AbsenceTypeCodes.TryParse(row.Raw("absence_type"), out var parsed) ? parsed : null;
            if (type is null)
            {
                row.Error("absence_type", ImportCodes.NotOneOf, ("value", row.Raw("absence_type")), ("values", AbsenceTypeCodes.All));
            }

            firstDay = rules.Employed(row.Line, employeeId, firstDay);
            if (employeeId is not null && firstDay is not null && percent is not null && type is not null)
            {
                rows.Add(new SpellRow(row.Line, employeeId.Value, new PackedSpell(type.Value, firstDay.Value, lastDay, percent.Value)));
            }

            if (row.Line % ProgressEvery == 0)
            {
                logger.LogInformation("Absence import: {Lines} lines read", row.Line);
            }
        }

        return rows.ToArray();
    }

    private async Task WriteAsync(SqlBatch batch, SpellRow[] rows, SpellMerge.MergePlan plan, CancellationToken cancellationToken)
    {
        await batch.ResumeAsync(cancellationToken);
        var written = 0;
        await batch.InsertAsync(
            "Spells", SpellColumns, plan.Inserts.Select(i => rows[i]),
            row => [row.EmployeeId, row.Spell.Type.ToCode(), row.Spell.Percent, row.Spell.FirstDay, SqlBatch.OrNull(row.Spell.LastDay)],
            cancellationToken,
            row =>
            {
                statistics.EmployeesChanged([row.EmployeeId]);
                if (++written % ProgressEvery == 0)
                {
                    logger.LogInformation("Absence import: {Written} of {Total} new spells written", written, plan.Inserts.Count);
                }
            });

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
}

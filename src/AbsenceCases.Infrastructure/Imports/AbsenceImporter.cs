using System.Data.Common;
using System.Globalization;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Statistics.Facts;
using AbsenceCases.Domain.Absences;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Imports absences.csv. Payroll exports hold a million rows and more, so rows are streamed into compact
/// values, checked against each other and the spells already stored (sorted by employee, type and first day),
/// and written with prepared statements in one transaction.
/// </summary>
internal sealed class AbsenceImporter(ApplicationDbContext db, IStatisticsChanges statistics, ILogger<AbsenceImporter> logger) : IAbsenceImporter
{
    private const int ProgressEvery = 250_000;

    private static readonly string[] Columns = ["employee_number", "first_day", "last_day", "percent", "absence_type"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var employees = await EmployeeDirectory.LoadAsync(db, cancellationToken);
        var rows = await ReadRows(csv, employees, errors, cancellationToken);
        rows.Sort(SpellOrder.Compare);
        var stored = await StoredSpells.LoadAsync(db, cancellationToken);
        var plan = SpellMerge.Plan(rows, stored, errors);
        errors.ThrowIfAny();

        await WriteAsync(plan, cancellationToken);
        statistics.EmployeesChanged(plan.Inserts.Select(s => s.EmployeeId).Concat(plan.Updates.Select(u => u.Spell.EmployeeId)));
        logger.LogInformation(
            "Absence import: {Imported} new, {Updated} updated, {Unchanged} unchanged spells",
            plan.Inserts.Count, plan.Updates.Count, plan.Unchanged);
        return new ImportResult(plan.Inserts.Count, plan.Updates.Count, plan.Unchanged);
    }

    private async Task<List<SpellRow>> ReadRows(Stream csv, EmployeeDirectory employees, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<SpellRow>();
        await foreach (var row in new CsvSource(csv, Columns, errors).RowsAsync(cancellationToken))
        {
            var number = row.Text("employee_number", 50, required: true);
            var employeeId = number is null ? null : employees.IdOf(number);
            if (number is not null && employeeId is null)
            {
                row.Error("employee_number", $"Unknown employee '{number}'.");
            }

            var firstDay = row.Date("first_day", required: true);
            var lastDay = row.Date("last_day", required: false);
            if (firstDay is not null && lastDay < firstDay)
            {
                row.Error("last_day", "Must be on or after first_day.");
                firstDay = null;
            }

            var percent = row.Percent("percent");
            AbsenceType? type = AbsenceTypeCodes.TryParse(row.Raw("absence_type"), out var parsed) ? parsed : null;
            if (type is null)
            {
                row.Error("absence_type", $"'{row.Raw("absence_type")}' is not one of {string.Join(", ", AbsenceTypeCodes.All)}.");
            }

            if (employeeId is { } id && firstDay is { } first && !employees.IsEmployedOn(id, first))
            {
                row.Error("first_day", "The spell starts on a day outside every employment of the employee.");
                firstDay = null;
            }

            if (employeeId is not null && firstDay is not null && percent is not null && type is not null)
            {
                rows.Add(new SpellRow(row.Line, employeeId.Value, type.Value, firstDay.Value, lastDay, percent.Value));
            }

            if (row.Line % ProgressEvery == 0)
            {
                logger.LogInformation("Absence import: {Lines} lines read", row.Line);
            }
        }

        return rows;
    }

    private async Task WriteAsync(SpellMerge.MergePlan plan, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var dbTransaction = transaction.GetDbTransaction();
            await using (var insert = Command(connection, dbTransaction,
                             "INSERT INTO Spells (EmployeeId, Type, Percent, FirstDay, LastDay) VALUES ($employee, $type, $percent, $first, $last)",
                             "$employee", "$type", "$percent", "$first", "$last"))
            {
                var written = 0;
                foreach (var spell in plan.Inserts)
                {
                    Bind(insert, spell.EmployeeId, spell.Type.ToCode(), spell.Percent, Iso(spell.FirstDay), spell.LastDay is { } last ? Iso(last) : DBNull.Value);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    if (++written % ProgressEvery == 0)
                    {
                        logger.LogInformation("Absence import: {Written} of {Total} new spells written", written, plan.Inserts.Count);
                    }
                }
            }

            await using (var update = Command(connection, dbTransaction,
                             "UPDATE Spells SET Percent = $percent, LastDay = $last WHERE Id = $id", "$percent", "$last", "$id"))
            {
                foreach (var (id, spell) in plan.Updates)
                {
                    Bind(update, spell.Percent, spell.LastDay is { } last ? Iso(last) : DBNull.Value, id);
                    await update.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        return command;
    }

    private static void Bind(DbCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }
}

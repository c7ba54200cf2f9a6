using System.Globalization;
using System.Text;
using AbsenceCases.Application.SelfService;
using AbsenceCases.Domain.Employees;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Infrastructure.Exports;

/// <summary>
/// Finds the tables about a person in the model itself: the employee's table and every table whose foreign keys lead
/// to it, directly or through another such table (their cases, and the cases' conversations, plans, reminders …), so
/// that a table added later is exported without a change here. Each table's rows come with all their columns, as
/// stored. The audit log names people by value, not by key: from it the person learns when their data was read or
/// changed and by which action, but not by whom, for a colleague's identity is the colleague's personal data
/// (CJEU C-579/21).
/// </summary>
internal sealed class PersonalDataExport(ApplicationDbContext db) : IPersonalDataExport
{
    public const string AccessLogTable = "AuditLog";

    public async Task<IReadOnlyList<PersonalDataTable>> ReadAsync(int employeeId, CancellationToken cancellationToken)
    {
        var tables = new List<PersonalDataTable>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            foreach (var (entity, keys) in PathsToEmployee(db.Model))
            {
                tables.Add(await ReadAsync(entity, keys, employeeId, cancellationToken));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        tables.Add(await AccessLogAsync(employeeId, cancellationToken));
        return tables;
    }

    /// <summary>Each entity with a table of its own that leads to the employee, with the foreign keys of the shortest way there.</summary>
    private static List<(IEntityType Entity, IReadOnlyList<IForeignKey> Keys)> PathsToEmployee(IModel model)
    {
        var employee = model.FindEntityType(typeof(Employee))!;
        var paths = new List<(IEntityType Entity, IReadOnlyList<IForeignKey> Keys)> { (employee, []) };
        for (var next = 0; next < paths.Count; next++)
        {
            var (principal, keys) = paths[next];
            foreach (var key in principal.GetReferencingForeignKeys())
            {
                var dependent = key.DeclaringEntityType;
                if (dependent.GetTableName() != principal.GetTableName() && paths.All(p => p.Entity != dependent))
                {
                    paths.Add((dependent, [key, .. keys]));
                }
            }
        }

        return paths;
    }

    private async Task<PersonalDataTable> ReadAsync(IEntityType entity, IReadOnlyList<IForeignKey> keys, int employeeId, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        string Table(IEntityType type) => sql.DelimitIdentifier(type.GetTableName()!, type.GetSchema());
        string Column(int alias, IProperty property) => $"t{alias}.{sql.DelimitIdentifier(property.GetColumnName())}";

        var text = new StringBuilder($"SELECT t0.* FROM {Table(entity)} AS t0");
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            text.Append(CultureInfo.InvariantCulture, $" JOIN {Table(key.PrincipalEntityType)} AS t{i + 1} ON ");
            text.AppendJoin(" AND ", key.Properties.Zip(key.PrincipalKey.Properties, (from, to) => $"{Column(i, from)} = {Column(i + 1, to)}"));
        }

        var employeeKey = keys.Count == 0 ? entity.FindPrimaryKey()! : keys[^1].PrincipalKey;
        text.Append(CultureInfo.InvariantCulture, $" WHERE {Column(keys.Count, employeeKey.Properties[0])} = @employee ORDER BY ");
        text.AppendJoin(", ", entity.FindPrimaryKey()!.Properties.Select(p => Column(0, p)));

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = text.ToString();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@employee";
        parameter.Value = employeeId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<IReadOnlyList<string?>>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToList());
        }

        return new PersonalDataTable(entity.GetTableName()!, columns, rows);
    }

    private async Task<PersonalDataTable> AccessLogAsync(int employeeId, CancellationToken cancellationToken)
    {
        var caseIds = db.Cases.Where(c => c.EmployeeId == employeeId).Select(c => (Guid?)c.Id);
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EmployeeId == employeeId || caseIds.Contains(a.CaseId) ||
                        a.Subjects.Any(s => s.EmployeeId == employeeId || caseIds.Contains(s.CaseId)))
            .OrderBy(a => a.Id)
            .Select(a => new { a.At, a.Action, a.Allowed })
            .ToListAsync(cancellationToken);
        return new PersonalDataTable(
            AccessLogTable,
            ["At", "Action", "Allowed"],
            entries.Select(e => (IReadOnlyList<string?>)[Text(e.At), e.Action, Text(e.Allowed)]).ToList());
    }

    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        bool flag => flag ? "true" : "false",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime { TimeOfDay.Ticks: 0, Kind: not DateTimeKind.Utc } day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToBase64String(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

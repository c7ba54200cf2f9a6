using AbsenceCases.Application.Imports;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Infrastructure.Imports;

/// <summary>
/// Imports employees.csv, one row per employment. An employee's rows must agree on the name and must not
/// overlap; the employments of every employee in the file become exactly the file's rows (keyed by employed_from).
/// </summary>
internal sealed class EmployeeImporter(ApplicationDbContext db) : IEmployeeImporter
{
    public const decimal MaxWeeklyHours = 48m;

    private static readonly string[] Columns =
        ["employee_number", "name", "unit_code", "weekly_hours", "employed_from", "employed_to", "staff_group"];

    public async Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken)
    {
        var errors = new ImportErrors();
        var unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var rows = await ReadRows(csv, unitIds, errors, cancellationToken);
        var employees = rows.GroupBy(r => r.Number, StringComparer.Ordinal).ToList();
        foreach (var employee in employees)
        {
            CheckEmployee(employee.ToList(), errors);
        }

        errors.ThrowIfAny();

        var existing = await db.Employees.Include(e => e.Employments)
            .ToDictionaryAsync(e => e.EmployeeNumber, StringComparer.Ordinal, cancellationToken);
        var counts = new RowCounts();
        foreach (var group in employees)
        {
            Apply(group.ToList(), existing.GetValueOrDefault(group.Key), counts);
        }

        await db.SaveChangesAsync(cancellationToken);
        return counts.ToResult();
    }

    private void Apply(List<EmploymentRow> rows, Employee? employee, RowCounts counts)
    {
        var renamed = false;
        if (employee is null)
        {
            employee = new Employee(rows[0].Number, rows[0].Name);
            db.Employees.Add(employee);
        }
        else if (employee.Name != rows[0].Name)
        {
            employee.Rename(rows[0].Name);
            renamed = true;
        }

        var byStart = employee.Employments.ToDictionary(e => e.From);
        foreach (var row in rows)
        {
            if (!byStart.Remove(row.From, out var employment))
            {
                employee.AddEmployment(row.UnitId, row.WeeklyHours, row.From, row.To, row.StaffGroup);
                counts.Imported++;
            }
            else if (employment.Matches(row.UnitId, row.WeeklyHours, row.To, row.StaffGroup) && !renamed)
            {
                counts.Unchanged++;
            }
            else
            {
                employment.Update(row.UnitId, row.WeeklyHours, row.To, row.StaffGroup);
                counts.Updated++;
            }
        }

        foreach (var dropped in byStart.Values)
        {
            employee.RemoveEmployment(dropped);
        }
    }

    private static async Task<List<EmploymentRow>> ReadRows(
        Stream csv, Dictionary<string, int> unitIds, ImportErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<EmploymentRow>();
        await foreach (var row in new CsvSource(csv, Columns, errors).RowsAsync(cancellationToken))
        {
            var number = row.Text("employee_number", 50, required: true);
            var name = row.Text("name", 200, required: true);
            var unitCode = row.Text("unit_code", 50, required: true);
            int? unitId = null;
            if (unitCode is not null && unitIds.TryGetValue(unitCode, out var id))
            {
                unitId = id;
            }
            else if (unitCode is not null)
            {
                row.Error("unit_code", $"Unknown unit '{unitCode}'.");
            }

            var hours = row.Decimal("weekly_hours");
            if (hours is <= 0 or > MaxWeeklyHours)
            {
                row.Error("weekly_hours", $"Must be more than 0 and at most {MaxWeeklyHours} hours.");
                hours = null;
            }

            var from = row.Date("employed_from", required: true);
            var to = row.Date("employed_to", required: false);
            if (from is not null && to < from)
            {
                row.Error("employed_to", "Must be on or after employed_from.");
                to = null;
                from = null;
            }

            var staffGroup = row.Text("staff_group", 100, required: false);
            if (number is not null && name is not null && unitId is not null && hours is not null && from is not null)
            {
                rows.Add(new EmploymentRow(row.Line, number, name, unitId.Value, hours.Value, from.Value, to, staffGroup));
            }
        }

        return rows;
    }

    private static void CheckEmployee(List<EmploymentRow> rows, ImportErrors errors)
    {
        foreach (var row in rows.Where(r => r.Name != rows[0].Name))
        {
            errors.Add(row.Line, "name", $"The employee's name differs from line {rows[0].Line}.");
        }

        var ordered = rows.OrderBy(r => r.From).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previous = ordered[i - 1];
            if (previous.To is null || previous.To >= ordered[i].From)
            {
                errors.Add(ordered[i].Line, "employed_from", $"Overlaps the employment on line {previous.Line}.");
            }
        }
    }

    private sealed record EmploymentRow(
        int Line, string Number, string Name, int UnitId, decimal WeeklyHours, DateOnly From, DateOnly? To, string? StaffGroup);
}

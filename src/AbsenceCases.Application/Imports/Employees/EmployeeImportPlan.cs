namespace AbsenceCases.Application.Imports.Employees;

/// <summary>What to write for one employee of the file (Id empty: a new employee).</summary>
public sealed record EmployeeChange(int? Id, string Number, string Name, bool Renamed)
{
    public List<EmploymentRow> Inserts { get; } = [];

    public List<(int Id, EmploymentRow Row)> Updates { get; } = [];

    public List<int> Deletes { get; } = [];

    public bool ChangesEmployments => Inserts.Count > 0 || Updates.Count > 0 || Deletes.Count > 0;
}

/// <summary>
/// Compares each employee of the file with the stored one: the file is authoritative for the employees it names, so
/// their employments become exactly its rows, matched by employment number and employed_from (an employment whose
/// number changed is a new one: the old is deleted and the new inserted). Retention is not undone by an old file: an
/// anonymised employee keeps the anonymous name, and an employee who is not stored and whose employments all ended on
/// or before <paramref name="retentionEnded"/> is left out (counted as unchanged).
/// </summary>
public sealed class EmployeeImportPlan(StoredEmployees stored, DateOnly retentionEnded)
{
    private int _imported;
    private int _updated;
    private int _unchanged;

    /// <summary>The employees with something to write.</summary>
    public List<EmployeeChange> Employees { get; } = [];

    public ImportResult Result => new(_imported, _updated, _unchanged);

    /// <summary>Adds the checked rows of one employee.</summary>
    public void Add(ArraySegment<EmploymentRow> rows)
    {
        var first = rows.MinBy(r => r.Line)!;
        var existing = stored.Find(first.Number);
        if (existing is null && rows.All(r => r.To <= retentionEnded))
        {
            _unchanged += rows.Count;
            return;
        }

        var renamed = existing is { } found && found.Name != first.Name && found.Name != Anonymised.Text;
        var change = new EmployeeChange(existing?.Id, first.Number, first.Name, renamed);
        var byKey = new Dictionary<(string?, DateOnly), StoredEmployment>();
        foreach (var employment in existing is { } employee ? stored.EmploymentsOf(employee.Id) : [])
        {
            if (!byKey.TryAdd(employment.Key, employment))
            {
                change.Deletes.Add(employment.Id);
            }
        }

        foreach (var row in rows)
        {
            if (!byKey.Remove(row.Key, out var employment))
            {
                change.Inserts.Add(row);
                _imported++;
            }
            else if (row.Matches(employment))
            {
                _unchanged += renamed ? 0 : 1;
                _updated += renamed ? 1 : 0;
            }
            else
            {
                change.Updates.Add((employment.Id, row));
                _updated++;
            }
        }

        change.Deletes.AddRange(byKey.Values.Select(e => e.Id));
        if (change.Id is null || change.Renamed || change.ChangesEmployments)
        {
            Employees.Add(change);
        }
    }
}

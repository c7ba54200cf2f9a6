namespace AbsenceCases.Application.Imports.Employees;

/// <summary>
/// The rules of employees.csv: at most 48 weekly hours; an employee's rows agree on the name, and the rows of one
/// employment number (or of none) do not overlap: rows with different numbers are concurrent employments.
/// </summary>
public sealed class EmployeeImportRules(ImportErrors errors)
{
    public const decimal MaxWeeklyHours = 48m;

    /// <summary>The weekly hours of the row on this line, or null (with the reason) when they are not above 0 and at most 48.</summary>
    public decimal? WeeklyHours(int line, decimal? hours)
    {
        if (hours is <= 0 or > MaxWeeklyHours)
        {
            errors.Add(line, "weekly_hours", ImportCodes.WeeklyHours, ("max", MaxWeeklyHours));
            return null;
        }

        return hours;
    }

    /// <summary>The rows of each employee in order of employment number and employed_from, after checking them against each other.</summary>
    public List<ArraySegment<EmploymentRow>> Check(IEnumerable<EmploymentRow> rows)
    {
        var employees = ByEmployee(rows);
        foreach (var employee in employees)
        {
            Check(employee);
        }

        return employees;
    }

    private static List<ArraySegment<EmploymentRow>> ByEmployee(IEnumerable<EmploymentRow> rows)
    {
        var all = rows.ToArray();
        Array.Sort(all, static (a, b) =>
            a.Number != b.Number ? string.CompareOrdinal(a.Number, b.Number)
            : a.EmploymentNumber != b.EmploymentNumber ? string.CompareOrdinal(a.EmploymentNumber, b.EmploymentNumber)
            : a.From != b.From ? a.From.CompareTo(b.From)
            : a.Line.CompareTo(b.Line));
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

    private void Check(ArraySegment<EmploymentRow> rows)
    {
        var first = rows.MinBy(r => r.Line)!;
        foreach (var row in rows.Where(r => r.Name != first.Name))
        {
            errors.Add(row.Line, "name", ImportCodes.NameDiffers, ("line", first.Line));
        }

        for (var i = 1; i < rows.Count; i++)
        {
            var previous = rows[i - 1];
            if (previous.EmploymentNumber == rows[i].EmploymentNumber && (previous.To is null || previous.To >= rows[i].From))
            {
                errors.Add(rows[i].Line, "employed_from", ImportCodes.OverlapsEmployment, ("line", previous.Line));
            }
        }
    }
}

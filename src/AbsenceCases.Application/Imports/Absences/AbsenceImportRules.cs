using System.Globalization;

namespace AbsenceCases.Application.Imports.Absences;

/// <summary>
/// The rules of a row of absences.csv against the stored employees: a known employee, employed on the first day. A spell
/// of an employee no longer stored that ended on or before <paramref name="retentionEnded"/> is left out (counted as
/// unchanged): the employee was anonymised, and an old file still imports.
/// </summary>
public sealed class AbsenceImportRules(IEmployeeDirectory employees, DateOnly retentionEnded, ImportErrors errors)
{
    /// <summary>The rows left out as past retention.</summary>
    public int PastRetention { get; private set; }

    /// <summary>
    /// False when the row on this line is left out as past retention; otherwise the id of its employee, or null when the
    /// number is missing or unknown (with the reason).
    /// </summary>
    public bool TryEmployee(int line, string? number, string lastDay, out int? employeeId)
    {
        employeeId = number is null ? null : employees.IdOf(number);
        if (number is null || employeeId is not null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(lastDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ended) && ended <= retentionEnded)
        {
            PastRetention++;
            return false;
        }

        errors.Add(line, "employee_number", ImportCodes.UnknownEmployee, ("value", number));
        return true;
    }

    /// <summary>The first day of the row on this line, or null (with the reason) when the employee was not employed on it.</summary>
    public DateOnly? Employed(int line, int? employeeId, DateOnly? firstDay)
    {
        if (employeeId is { } id && firstDay is { } first && !employees.IsEmployedOn(id, first))
        {
            errors.Add(line, "first_day", ImportCodes.OutsideEmployment);
            return null;
        }

        return firstDay;
    }
}

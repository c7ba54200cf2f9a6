namespace AbsenceCases.SeedGenerator;

/// <summary>The three import files (DESIGN.md section 5) and their columns.</summary>
public static class SeedFiles
{
    public const string Units = "units.csv";
    public const string Employees = "employees.csv";
    public const string Absences = "absences.csv";

    public static IReadOnlyList<string> UnitColumns { get; } = ["unit_code", "name", "kind", "parent_code", "is_pilot"];

    public static IReadOnlyList<string> EmployeeColumns { get; } =
        ["employee_number", "name", "unit_code", "weekly_hours", "employed_from", "employed_to", "staff_group", "employment_id"];

    public static IReadOnlyList<string> AbsenceColumns { get; } = ["employee_number", "first_day", "last_day", "percent", "absence_type"];
}

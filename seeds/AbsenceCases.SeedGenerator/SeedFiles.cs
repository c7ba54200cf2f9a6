namespace AbsenceCases.SeedGenerator;

/// <summary>The three import files (DESIGN.md section 5), the measurements with their results files (DESIGN.md section 12), and their columns.</summary>
public static class SeedFiles
{
    public const string Units = "units.csv";
    public const string Employees = "employees.csv";
    public const string Absences = "absences.csv";

    /// <summary>The measurements to create, as POST /api/measurements takes them, each naming its results file.</summary>
    public const string Measurements = "measurements.csv";

    public static IReadOnlyList<string> UnitColumns { get; } = ["unit_code", "name", "kind", "parent_code", "is_pilot"];

    public static IReadOnlyList<string> EmployeeColumns { get; } =
        ["employee_number", "name", "unit_code", "weekly_hours", "employed_from", "employed_to", "staff_group", "employment_id"];

    public static IReadOnlyList<string> AbsenceColumns { get; } = ["employee_number", "first_day", "last_day", "percent", "absence_type"];

    public static IReadOnlyList<string> MeasurementColumns { get; } =
        ["results_file", "name", "kind", "fielded_from", "fielded_to", "published_on", "follow_up_of"];

    /// <summary>A measurement's results file, as POST /api/measurements/{id}/results takes it.</summary>
    public static IReadOnlyList<string> ResultColumns { get; } = ["unit_code", "dimension", "score", "respondents", "invited"];
}

namespace AbsenceCases.SeedGenerator.Csv;

/// <summary>The rows of the three seed files, in the column order of <see cref="SeedFiles"/>.</summary>
internal static class SeedRows
{
    public static void Unit(this CsvRowWriter csv, Unit unit) =>
        csv.Text(unit.Code)
            .Text(unit.Name)
            .Text(unit.Kind.ToString().ToLowerInvariant())
            .Text(unit.ParentCode)
            .Boolean(unit.IsPilot)
            .EndRow();

    public static void Employment(this CsvRowWriter csv, Employee employee, Employment employment, string employmentId) =>
        csv.Text(employee.Number)
            .Text(employee.Name)
            .Text(employment.Unit.Code)
            .Number(employment.WeeklyHours)
            .Date(employment.From)
            .Date(employment.To)
            .Text(employee.StaffGroup.Name)
            .Text(employmentId)
            .EndRow();

    public static void Spell(this CsvRowWriter csv, Employee employee, Spell spell) =>
        csv.Text(employee.Number)
            .Date(spell.FirstDay)
            .Date(spell.LastDay)
            .Number(spell.Percent)
            .Text(spell.Type.ToCode())
            .EndRow();
}

namespace AbsenceCases.SeedGenerator.Csv;

/// <summary>The rows of the seed files, in the column order of <see cref="SeedFiles"/>.</summary>
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

    public static void Measurement(this CsvRowWriter csv, PlannedMeasurement measurement) =>
        csv.Text(measurement.ResultsFile)
            .Text(measurement.Name)
            .Text(PlannedMeasurement.Kind)
            .Date(measurement.FieldedFrom)
            .Date(measurement.FieldedTo)
            .Date(measurement.PublishedOn)
            .Text(measurement.FollowUpOf)
            .EndRow();

    public static void Result(this CsvRowWriter csv, Unit unit, string dimension, decimal score, int respondents, int invited) =>
        csv.Text(unit.Code)
            .Text(dimension)
            .Number(score)
            .Number(respondents)
            .Number(invited)
            .EndRow();
}

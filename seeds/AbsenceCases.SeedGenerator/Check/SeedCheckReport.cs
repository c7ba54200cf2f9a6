namespace AbsenceCases.SeedGenerator.Check;

/// <summary>Figures recomputed from the written files; rates are percentages.</summary>
public sealed record SeedCheckReport(
    DateOnly From,
    DateOnly To,
    int UnitRows,
    int EmploymentRows,
    int Employees,
    int SpellRows,
    int OpenSpells,
    double SicknessRate,
    double ChildIllnessRate,
    double TopTenthShareOfSickness,
    RateChange Pilot,
    RateChange Other,
    PeriodCounts SicknessPeriods,
    double WeekdayStartShare,
    int SpellsStartingOutsideEmployment,
    int OverlappingSpells)
{
    /// <summary>The measurements of measurements.csv, none when the folder has no such file.</summary>
    public IReadOnlyList<MeasurementCheck> Measurements { get; init; } = [];

    public override string ToString() => string.Join('\n', [Absence(), .. Measurements.Select(m => m.ToString())]);

    private string Absence() => string.Create(
        CultureInfo.InvariantCulture,
        $"""
        Rows: {UnitRows} units, {EmploymentRows} employment rows ({Employees} employees), {SpellRows} absence rows ({OpenSpells} open)
        Sickness absence (own_illness + work_injury) {From:yyyy-MM-dd}..{To:yyyy-MM-dd}: {SicknessRate:F2} %
        Child illness: {ChildIllnessRate:F2} %
        Top 10 % of employees carry {TopTenthShareOfSickness:F1} % of the sickness absence days
        Pilot workplaces: {Pilot}; other workplaces: {Other}
        Sickness periods: {SicknessPeriods}; {WeekdayStartShare:F1} % of spells start on Mon-Fri
        Rule breaks: {SpellsStartingOutsideEmployment} spells starting outside an employment, {OverlappingSpells} overlapping spells
        """);
}

/// <summary>
/// A measurement's results read back: workplaces with results, units with fewer respondents than the app shows, the
/// correlation of the workplaces' overall scores with their sickness absence rates in the window, and the mean overall
/// score of the pilot and of the other workplaces.
/// </summary>
public sealed record MeasurementCheck(
    string Name, (DateOnly From, DateOnly To) AbsenceWindow, int Workplaces, int UnitsBelowMinimum, double Correlation, double PilotOverall, double OtherOverall)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {Workplaces} workplaces, {UnitsBelowMinimum} units below {SeedMeasurementFiles.MinRespondents} respondents; overall score against sickness absence {AbsenceWindow.From:yyyy-MM-dd}..{AbsenceWindow.To:yyyy-MM-dd}: r = {Correlation:F2}; mean overall score {PilotOverall:F1} at the pilot workplaces, {OtherOverall:F1} at the others");
}

/// <summary>The sickness absence rate in the first and in the last year of the data.</summary>
public sealed record RateChange(double FirstYear, double LastYear)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FirstYear:F2} % in the first year, {LastYear:F2} % in the last");
}

/// <summary>Absence periods (contiguous spells of one employee and type) by length band.</summary>
public sealed record PeriodCounts(int Short, int Medium, int Long)
{
    public override string ToString() => $"{Short} short (1-14 days), {Medium} medium (15-29), {Long} long (30+)";
}

namespace AbsenceCases.SeedGenerator.Check;

/// <summary>
/// Reads measurements.csv and each measurement's results file back: how many units have fewer respondents than the
/// app shows, the workplaces' overall scores (each dimension weighted by respondents over the workplace's teams, then
/// the plain mean of the dimensions, as the app rolls them up) and their Pearson correlation with the sickness absence
/// rate of the workplaces over the measurement's absence window.
/// </summary>
internal static class SeedMeasurementFiles
{
    /// <summary>The app's default Measurements:MinRespondents.</summary>
    public const int MinRespondents = 5;

    public static IReadOnlyList<PlannedMeasurement> ReadPlan(string folder)
    {
        var path = Path.Combine(folder, SeedFiles.Measurements);
        return File.Exists(path)
            ? [.. SeedCheck.ReadRows(path, SeedFiles.MeasurementColumns).Select(row => new PlannedMeasurement(
                row[0], row[1], SeedCheck.ParseDate(row[3]), SeedCheck.ParseDate(row[4]), SeedCheck.ParseDate(row[5]), row[6].Length == 0 ? null : row[6]))]
            : [];
    }

    public static MeasurementCheck Check(
        string folder, PlannedMeasurement measurement, int index, MeasurementBasis basis, IReadOnlyDictionary<string, CheckedUnit> units, DateOnly dataEnd)
    {
        var rows = SeedCheck.ReadRows(Path.Combine(folder, measurement.ResultsFile), SeedFiles.ResultColumns)
            .Select(row => (Unit: row[0], Dimension: row[1], Score: double.Parse(row[2], CultureInfo.InvariantCulture), Respondents: int.Parse(row[3], CultureInfo.InvariantCulture)))
            .ToList();
        var overall = rows.GroupBy(r => units[r.Unit].Workplace!).ToDictionary(
            workplace => workplace.Key,
            workplace => workplace.GroupBy(r => r.Dimension).Average(d => d.Sum(r => r.Score * r.Respondents) / d.Sum(r => r.Respondents)));
        var rates = basis.SicknessRates(index);
        var workplaces = overall.Keys.Order(StringComparer.Ordinal).ToList();
        return new MeasurementCheck(
            measurement.Name,
            measurement.AbsenceWindow(dataEnd),
            workplaces.Count,
            rows.Where(r => r.Respondents < MinRespondents).Select(r => r.Unit).Distinct().Count(),
            Pearson(workplaces.Select(w => overall[w]).ToList(), workplaces.Select(w => rates[w]).ToList()),
            workplaces.Where(w => units[w].IsInPilot).Average(w => overall[w]),
            workplaces.Where(w => !units[w].IsInPilot).Average(w => overall[w]));
    }

    private static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var (meanX, meanY) = (x.Average(), y.Average());
        var covariance = x.Zip(y, (a, b) => (a - meanX) * (b - meanY)).Sum();
        return covariance / Math.Sqrt(x.Sum(a => (a - meanX) * (a - meanX)) * y.Sum(b => (b - meanY) * (b - meanY)));
    }
}

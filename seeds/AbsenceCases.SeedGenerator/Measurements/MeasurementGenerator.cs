namespace AbsenceCases.SeedGenerator.Measurements;

/// <summary>
/// Writes measurements.csv and a results file per measurement, per team (or per workplace without teams) and dimension,
/// from the absence files already written: who was employed on the first fielding day and how much sickness absence each
/// workplace has in the months after. It draws from a <see cref="Random"/> of its own, so the absence files stay as
/// they were.
/// </summary>
internal sealed class MeasurementGenerator(GeneratorOptions options, OrganisationPlan organisation)
{
    private const int SeedOffset = 1;
    private const string CareAreaCode = "AELDRE";

    /// <summary>The evening and night shifts, the hardest to reach in a survey.</summary>
    private static readonly string[] HardToReachShifts = ["-AFT", "-NAT"];

    public void WriteFiles(string folder, Func<string, StreamWriter> createFile)
    {
        var measurements = PlannedMeasurement.Autumns(options.EndDate);
        var basis = SeedCheck.ReadBasis(folder, options.StartDate, options.EndDate, measurements);
        using (var plan = createFile(SeedFiles.Measurements))
        {
            var rows = new CsvRowWriter(plan);
            rows.Header(SeedFiles.MeasurementColumns);
            foreach (var measurement in measurements)
            {
                rows.Measurement(measurement);
            }
        }

        var random = new Random(options.Seed + SeedOffset);
        var levels = organisation.Workplaces.ToDictionary(w => w, _ => WellbeingModel.DrawWorkplaceLevel(random));
        for (var i = 0; i < measurements.Count; i++)
        {
            using var file = createFile(measurements[i].ResultsFile);
            WriteResults(new CsvRowWriter(file), i, basis, levels, random);
        }
    }

    /// <summary>
    /// The results of one measurement. In the first, the evening and night shifts of the first care workplace outside the
    /// project with teams were hard to reach, so the anonymity rule hides them while their workplace is shown.
    /// </summary>
    private void WriteResults(CsvRowWriter rows, int measurement, MeasurementBasis basis, Dictionary<Workplace, double> levels, Random random)
    {
        rows.Header(SeedFiles.ResultColumns);
        var rates = basis.SicknessRates(measurement);
        var averageRate = organisation.Workplaces.Average(w => rates.GetValueOrDefault(w.Unit.Code));
        var inProjectYear = basis.Measurements[measurement].AbsenceWindow(options.EndDate).From >= options.StartDate.AddYears(1);
        var hardToReach = measurement == 0
            ? organisation.Workplaces.FirstOrDefault(w => w.Area.Code == CareAreaCode && !w.IsPilot && w.Teams.Count > 0)
            : null;
        foreach (var workplace in organisation.Workplaces)
        {
            var workplaceScore = WellbeingModel.WorkplaceScore(
                levels[workplace], rates.GetValueOrDefault(workplace.Unit.Code), averageRate, workplace.IsPilot && inProjectYear, random);
            foreach (var unit in workplace.Teams.Count == 0 ? [workplace.Unit] : workplace.Teams)
            {
                var invited = basis.Invited(measurement, unit.Code);
                var fewAnswered = workplace == hardToReach && HardToReachShifts.Any(shift => unit.Code.EndsWith(shift, StringComparison.Ordinal));
                var respondents = Math.Min(invited, fewAnswered ? WellbeingModel.DrawFewRespondents(random) : WellbeingModel.DrawRespondents(invited, random));
                if (respondents == 0)
                {
                    continue;
                }

                var teamScore = WellbeingModel.TeamScore(workplaceScore, random);
                foreach (var (dimension, offset) in WellbeingModel.Dimensions)
                {
                    rows.Result(unit, dimension, WellbeingModel.DimensionScore(teamScore, offset, random), respondents, invited);
                }
            }
        }
    }
}

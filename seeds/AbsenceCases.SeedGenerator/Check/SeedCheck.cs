namespace AbsenceCases.SeedGenerator.Check;

/// <summary>
/// Reads the seed files back and recomputes, apart from the generator, the sickness absence rate by DESIGN.md
/// section 4 (absence days weighted by percent and employment fraction over Danish working days), how much of it
/// the top tenth of employees carry, the pilot workplaces' change, the file rules on spells, and for each measurement
/// how its workplaces' scores go with their absence afterwards. It counts working days with the application's own
/// WorkingDayCalendar.
/// </summary>
public static class SeedCheck
{
    private const double FullTimeHours = 37;
    private const double TopShareOfEmployees = 0.1;
    private const string ChildIllnessCode = "child_illness";
    private const string WorkplaceKind = "workplace";
    private const string TeamKind = "team";

    public static SeedCheckReport Run(string folder, DateOnly from, DateOnly to)
    {
        var measurements = SeedMeasurementFiles.ReadPlan(folder);
        var (report, basis, units) = Scan(folder, from, to, measurements);
        return report with
        {
            Measurements = [.. measurements.Select((m, i) => SeedMeasurementFiles.Check(folder, m, i, basis, units, to))],
        };
    }

    /// <summary>Reads the three absence files for the headcounts and the workplaces' absence that the measurements are set beside.</summary>
    internal static MeasurementBasis ReadBasis(string folder, DateOnly from, DateOnly to, IReadOnlyList<PlannedMeasurement> measurements) =>
        Scan(folder, from, to, measurements).Basis;

    private static (SeedCheckReport Report, MeasurementBasis Basis, Dictionary<string, CheckedUnit> Units) Scan(
        string folder, DateOnly from, DateOnly to, IReadOnlyList<PlannedMeasurement> measurements)
    {
        var rates = new RateSums(from, to);
        var basis = new MeasurementBasis(measurements, to);
        var units = ReadUnits(Path.Combine(folder, SeedFiles.Units));
        var employments = ReadEmployments(Path.Combine(folder, SeedFiles.Employees), units, out var employmentRows);
        foreach (var employment in employments.Values.SelectMany(list => list))
        {
            rates.AddEmployment(employment);
            basis.AddEmployment(employment);
        }

        var sicknessByEmployee = employments.Keys.ToDictionary(number => number, _ => 0.0);
        var periods = new PeriodTracker();
        int spellRows = 0, openSpells = 0, weekdayStarts = 0, outsideEmployment = 0;
        foreach (var row in ReadRows(Path.Combine(folder, SeedFiles.Absences), SeedFiles.AbsenceColumns))
        {
            var (number, first, lastDay, percent, type) = (row[0], ParseDate(row[1]), ParseOptionalDate(row[2]), int.Parse(row[3], CultureInfo.InvariantCulture), row[4]);
            var last = lastDay ?? to;
            var isSickness = type != ChildIllnessCode;
            spellRows++;
            openSpells += lastDay is null ? 1 : 0;
            weekdayStarts += first.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
            outsideEmployment += employments[number].Any(e => e.Covers(first)) ? 0 : 1;
            periods.Add(number, type, first, last, isSickness);
            foreach (var employment in employments[number])
            {
                sicknessByEmployee[number] += rates.AddAbsence(employment, first, last, percent, isSickness);
                if (isSickness)
                {
                    basis.AddSickness(employment, first, last, percent);
                }
            }
        }

        var report = new SeedCheckReport(
            from,
            to,
            units.Count,
            employmentRows,
            employments.Count,
            spellRows,
            openSpells,
            rates.SicknessRate(),
            rates.ChildIllnessRate(),
            TopTenthShare(sicknessByEmployee.Values),
            rates.Change(isPilot: true),
            rates.Change(isPilot: false),
            periods.Counts(),
            100.0 * weekdayStarts / Math.Max(spellRows, 1),
            outsideEmployment,
            periods.Overlaps);
        return (report, basis, units);
    }

    private static double TopTenthShare(IEnumerable<double> absenceDays)
    {
        var sorted = absenceDays.OrderDescending().ToList();
        var total = sorted.Sum();
        return total == 0 ? 0 : 100 * sorted.Take((int)Math.Ceiling(sorted.Count * TopShareOfEmployees)).Sum() / total;
    }

    private static Dictionary<string, CheckedUnit> ReadUnits(string path)
    {
        var rows = ReadRows(path, SeedFiles.UnitColumns).ToDictionary(row => row[0], row => (Kind: row[2], Parent: row[3], IsPilot: row[4] == "true"));
        return rows.Keys.ToDictionary(code => code, code => new CheckedUnit(IsInPilot(code), WorkplaceOf(code)));

        bool IsInPilot(string code) => rows[code].IsPilot || (rows[code].Parent.Length > 0 && IsInPilot(rows[code].Parent));

        string? WorkplaceOf(string code) => rows[code].Kind switch
        {
            WorkplaceKind => code,
            TeamKind => WorkplaceOf(rows[code].Parent),
            _ => null,
        };
    }

    private static Dictionary<string, List<CheckedEmployment>> ReadEmployments(string path, Dictionary<string, CheckedUnit> units, out int rows)
    {
        var employments = new Dictionary<string, List<CheckedEmployment>>();
        rows = 0;
        foreach (var row in ReadRows(path, SeedFiles.EmployeeColumns))
        {
            rows++;
            var unit = units[row[2]];
            var employment = new CheckedEmployment(
                row[2],
                unit.Workplace,
                unit.IsInPilot,
                double.Parse(row[3], CultureInfo.InvariantCulture) / FullTimeHours,
                ParseDate(row[4]),
                ParseOptionalDate(row[5]) ?? DateOnly.MaxValue);
            if (!employments.TryAdd(row[0], [employment]))
            {
                employments[row[0]].Add(employment);
            }
        }

        return employments;
    }

    internal static IEnumerable<string[]> ReadRows(string path, IReadOnlyList<string> columns)
    {
        using var lines = File.ReadLines(path).GetEnumerator();
        var header = string.Join(CsvRowWriter.Separator, columns);
        if (!lines.MoveNext() || lines.Current != header)
        {
            throw new InvalidDataException($"{path} does not start with the header {header}.");
        }

        while (lines.MoveNext())
        {
            yield return lines.Current.Split(CsvRowWriter.Separator);
        }
    }

    internal static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, CsvRowWriter.DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly? ParseOptionalDate(string text) => text.Length == 0 ? null : ParseDate(text);
}

namespace AbsenceCases.SeedGenerator.Check;

/// <summary>
/// What a measurement's results are set beside: the employees of each unit on the first day of the fielding, and each
/// workplace's sickness absence rate (teams included) over the measurement's absence window, by DESIGN.md section 4.
/// </summary>
internal sealed class MeasurementBasis
{
    private readonly (DateOnly From, DateOnly To)[] _windows;
    private readonly DateOnly[] _fieldingDays;
    private readonly Dictionary<string, int>[] _headcounts;
    private readonly Dictionary<string, (double Possible, double Sickness)>[] _days;

    public MeasurementBasis(IReadOnlyList<PlannedMeasurement> measurements, DateOnly dataEnd)
    {
        Measurements = measurements;
        _windows = measurements.Select(m => m.AbsenceWindow(dataEnd)).ToArray();
        _fieldingDays = measurements.Select(m => m.FieldedFrom).ToArray();
        _headcounts = measurements.Select(_ => new Dictionary<string, int>()).ToArray();
        _days = measurements.Select(_ => new Dictionary<string, (double, double)>()).ToArray();
    }

    public IReadOnlyList<PlannedMeasurement> Measurements { get; }

    public void AddEmployment(CheckedEmployment employment)
    {
        for (var i = 0; i < _windows.Length; i++)
        {
            if (employment.Covers(_fieldingDays[i]))
            {
                _headcounts[i][employment.Unit] = Invited(i, employment.Unit) + 1;
            }

            if (employment.Workplace is { } workplace)
            {
                var (possible, sickness) = _days[i].GetValueOrDefault(workplace);
                _days[i][workplace] = (possible + (employment.Fraction * WorkingDaysIn(i, employment.From, employment.To)), sickness);
            }
        }
    }

    public void AddSickness(CheckedEmployment employment, DateOnly first, DateOnly last, int percent)
    {
        if (employment.Workplace is not { } workplace)
        {
            return;
        }

        for (var i = 0; i < _windows.Length; i++)
        {
            var days = employment.Fraction * percent / 100 * WorkingDaysIn(i, DateMath.Max(first, employment.From), DateMath.Min(last, employment.To));
            var (possible, sickness) = _days[i].GetValueOrDefault(workplace);
            _days[i][workplace] = (possible, sickness + days);
        }
    }

    /// <summary>The employments of the unit itself (not its sub-units) on the first day of the measurement's fielding.</summary>
    public int Invited(int measurement, string unit) => _headcounts[measurement].GetValueOrDefault(unit);

    /// <summary>Each workplace's sickness absence rate in percent over the measurement's absence window.</summary>
    public IReadOnlyDictionary<string, double> SicknessRates(int measurement) =>
        _days[measurement].ToDictionary(d => d.Key, d => d.Value.Possible == 0 ? 0 : 100 * d.Value.Sickness / d.Value.Possible);

    private int WorkingDaysIn(int measurement, DateOnly first, DateOnly last) =>
        WorkingDayCalendar.Danish.CountWorkingDays(DateMath.Max(first, _windows[measurement].From), DateMath.Min(last, _windows[measurement].To));
}

namespace AbsenceCases.SeedGenerator.Check;

/// <summary>
/// Possible days and absence days (DESIGN.md section 4), for the whole range and its first and last year. The sums
/// are this check's own, but working days come from the application's <see cref="WorkingDayCalendar"/>; the calendar
/// itself is checked against hand-worked dates by DanishHolidaysTests and WorkingDayCalendarTests.
/// </summary>
internal sealed class RateSums(DateOnly from, DateOnly to)
{
    private const int Whole = 0;
    private const int FirstYear = 1;
    private const int LastYear = 2;

    private readonly (DateOnly From, DateOnly To)[] _windows = [(from, to), (from, from.AddYears(1).AddDays(-1)), (to.AddYears(-1).AddDays(1), to)];
    private readonly double[,] _possible = new double[2, 3];
    private readonly double[,] _sickness = new double[2, 3];
    private double _childIllness;

    public void AddEmployment(CheckedEmployment employment)
    {
        for (var window = 0; window < _windows.Length; window++)
        {
            _possible[Group(employment), window] += employment.Fraction * WorkingDaysIn(window, employment.From, employment.To);
        }
    }

    /// <summary>Adds the part of a spell inside one employment and returns its absence days over the whole range.</summary>
    public double AddAbsence(CheckedEmployment employment, DateOnly first, DateOnly last, int percent, bool isSickness)
    {
        var start = DateMath.Max(first, employment.From);
        var end = DateMath.Min(last, employment.To);
        var weight = employment.Fraction * percent / 100;
        var days = weight * WorkingDaysIn(Whole, start, end);
        if (!isSickness)
        {
            _childIllness += days;
            return 0;
        }

        for (var window = 0; window < _windows.Length; window++)
        {
            _sickness[Group(employment), window] += weight * WorkingDaysIn(window, start, end);
        }

        return days;
    }

    public double SicknessRate() => Percent(_sickness[0, Whole] + _sickness[1, Whole], PossibleDays());

    public double ChildIllnessRate() => Percent(_childIllness, PossibleDays());

    public RateChange Change(bool isPilot)
    {
        var group = isPilot ? 1 : 0;
        return new RateChange(Percent(_sickness[group, FirstYear], _possible[group, FirstYear]), Percent(_sickness[group, LastYear], _possible[group, LastYear]));
    }

    private static int Group(CheckedEmployment employment) => employment.IsPilot ? 1 : 0;

    private static double Percent(double absenceDays, double possibleDays) => possibleDays == 0 ? 0 : 100 * absenceDays / possibleDays;

    private double PossibleDays() => _possible[0, Whole] + _possible[1, Whole];

    private int WorkingDaysIn(int window, DateOnly first, DateOnly last) =>
        WorkingDayCalendar.Danish.CountWorkingDays(DateMath.Max(first, _windows[window].From), DateMath.Min(last, _windows[window].To));
}

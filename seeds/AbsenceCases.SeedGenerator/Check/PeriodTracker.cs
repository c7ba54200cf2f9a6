namespace AbsenceCases.SeedGenerator.Check;

/// <summary>
/// Joins contiguous spells of one employee and type into absence periods and counts overlapping spells;
/// it expects each employee's spells in date order, as the generator writes them.
/// </summary>
internal sealed class PeriodTracker
{
    private readonly Dictionary<(string Employee, string Type), Period> _current = [];
    private readonly int[] _sicknessPeriodsByBand = new int[Enum.GetValues<LengthBand>().Length];

    private readonly record struct Period(DateOnly First, DateOnly Last, bool IsSickness);

    public int Overlaps { get; private set; }

    public void Add(string employee, string type, DateOnly first, DateOnly last, bool isSickness)
    {
        var key = (employee, type);
        var found = _current.TryGetValue(key, out var period);
        if (found && first <= period.Last.AddDays(1))
        {
            Overlaps += first <= period.Last ? 1 : 0;
            _current[key] = period with { Last = DateMath.Max(last, period.Last) };
            return;
        }

        if (found)
        {
            Count(period);
        }

        _current[key] = new Period(first, last, isSickness);
    }

    public PeriodCounts Counts()
    {
        foreach (var period in _current.Values)
        {
            Count(period);
        }

        _current.Clear();
        return new PeriodCounts(
            _sicknessPeriodsByBand[(int)LengthBand.Short],
            _sicknessPeriodsByBand[(int)LengthBand.Medium],
            _sicknessPeriodsByBand[(int)LengthBand.Long]);
    }

    private static LengthBand BandOf(int calendarDays) =>
        calendarDays <= 14 ? LengthBand.Short : calendarDays <= 29 ? LengthBand.Medium : LengthBand.Long;

    private void Count(Period period)
    {
        if (period.IsSickness)
        {
            _sicknessPeriodsByBand[(int)BandOf(period.Last.DayNumber - period.First.DayNumber + 1)]++;
        }
    }
}

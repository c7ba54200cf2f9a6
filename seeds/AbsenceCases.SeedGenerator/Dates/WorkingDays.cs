namespace AbsenceCases.SeedGenerator.Dates;

/// <summary>Counts Danish working days inside a fixed range in constant time.</summary>
public sealed class WorkingDays
{
    private readonly DateOnly _first;
    private readonly DateOnly _last;
    private readonly int[] _countBefore;

    public WorkingDays(DateOnly first, DateOnly last)
    {
        _first = first;
        _last = last;
        _countBefore = new int[last.DayNumber - first.DayNumber + 2];
        for (var i = 1; i < _countBefore.Length; i++)
        {
            _countBefore[i] = _countBefore[i - 1] + (DanishCalendar.IsWorkingDay(first.AddDays(i - 1)) ? 1 : 0);
        }
    }

    /// <summary>Working days from <paramref name="from"/> to <paramref name="to"/> (both included) inside the range.</summary>
    public int Count(DateOnly from, DateOnly to)
    {
        var start = DateMath.Max(from, _first).DayNumber - _first.DayNumber;
        var end = DateMath.Min(to, _last).DayNumber - _first.DayNumber;
        return end < start ? 0 : _countBefore[end + 1] - _countBefore[start];
    }
}

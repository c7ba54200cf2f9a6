using AbsenceCases.Domain.Calendar;

namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>A run of consecutive months with the day numbers where each begins, for walking spans of days month by month.</summary>
internal sealed class MonthAxis
{
    private readonly int[] _firstDays;

    public MonthAxis(YearMonth first, YearMonth last)
    {
        First = first;
        Count = YearMonth.Span(first, last);
        _firstDays = new int[Count + 1];
        for (var i = 0; i <= Count; i++)
        {
            _firstDays[i] = first.AddMonths(i).FirstDay.DayNumber;
        }
    }

    public YearMonth First { get; }

    public int Count { get; }

    public int FirstDay => _firstDays[0];

    public int LastDay => _firstDays[Count] - 1;

    /// <summary>The offset of the month holding the day; the day must lie on the axis.</summary>
    public int OffsetOf(int dayNumber)
    {
        var offset = Array.BinarySearch(_firstDays, dayNumber);
        return offset >= 0 ? offset : ~offset - 1;
    }

    public int LastDayOf(int offset) => _firstDays[offset + 1] - 1;

    public bool Contains(int dayNumber) => dayNumber >= FirstDay && dayNumber <= LastDay;
}

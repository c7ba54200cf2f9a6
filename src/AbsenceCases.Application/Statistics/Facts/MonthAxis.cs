using System.Runtime.CompilerServices;
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

    public int FirstDayOf(int offset) => _firstDays[offset];

    public int LastDayOf(int offset) => _firstDays[offset + 1] - 1;

    public bool Contains(int dayNumber) => dayNumber >= FirstDay && dayNumber <= LastDay;

    /// <summary>The working days of a span of days, clipped to the axis, month by month; nothing when they do not meet.</summary>
    public WorkingDaysByMonth WorkingDays(int firstDayNumber, int lastDayNumber, WorkingDayCalendar calendar) =>
        new(this, Math.Max(firstDayNumber, FirstDay), Math.Min(lastDayNumber, LastDay), calendar);

    /// <summary>Walks a span month by month without allocating: the fact engine does this for every spell and employment.</summary>
    public ref struct WorkingDaysByMonth
    {
        private readonly MonthAxis _axis;
        private readonly int _last;
        private readonly WorkingDayCalendar _calendar;
        private int _day;
        private int _month;

        internal WorkingDaysByMonth(MonthAxis axis, int first, int last, WorkingDayCalendar calendar)
        {
            _axis = axis;
            _last = last;
            _calendar = calendar;
            _day = first;
            _month = first <= last ? axis.OffsetOf(first) : 0;
        }

        public (int Month, int WorkingDays) Current { get; private set; }

        public readonly WorkingDaysByMonth GetEnumerator() => this;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool MoveNext()
        {
            if (_day > _last)
            {
                return false;
            }

            var monthEnd = Math.Min(_last, _axis.LastDayOf(_month));
            Current = (_month, _calendar.CountWorkingDays(_day, monthEnd));
            _day = monthEnd + 1;
            _month++;
            return true;
        }
    }
}

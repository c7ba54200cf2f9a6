namespace AbsenceCases.Domain.Calendar;

/// <summary>
/// Working days for the absence statistics: Monday to Friday that is neither a Danish public holiday nor one of
/// the municipality's extra closed days (e.g. 5 June, 24 and 31 December). Counting days between two dates takes
/// constant time inside <see cref="TableFrom"/>..<see cref="TableTo"/>.
/// </summary>
public sealed class WorkingDayCalendar
{
    public static readonly DateOnly TableFrom = new(1900, 1, 1);
    public static readonly DateOnly TableTo = new(2199, 12, 31);

    private static readonly int TableStart = TableFrom.DayNumber;
    private static readonly int TableEnd = TableTo.DayNumber;

    private readonly HashSet<MonthDay> _extraClosedDays;
    private readonly Lazy<int[]> _workingDaysBefore;

    public WorkingDayCalendar(IEnumerable<MonthDay> extraClosedDays)
    {
        _extraClosedDays = extraClosedDays.ToHashSet();
        _workingDaysBefore = new Lazy<int[]>(BuildTable);
    }

    /// <summary>The Danish calendar without extra closed days.</summary>
    public static WorkingDayCalendar Danish { get; } = new([]);

    public IReadOnlyCollection<MonthDay> ExtraClosedDays => _extraClosedDays;

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !DanishHolidays.IsPublicHoliday(day)
        && !IsExtraClosedDay(day);

    /// <summary>Working days from <paramref name="first"/> through <paramref name="last"/>; none when last is before first.</summary>
    public int CountWorkingDays(DateOnly first, DateOnly last) => CountWorkingDays(first.DayNumber, last.DayNumber);

    /// <inheritdoc cref="CountWorkingDays(DateOnly, DateOnly)"/>
    public int CountWorkingDays(int firstDayNumber, int lastDayNumber)
    {
        if (lastDayNumber < firstDayNumber)
        {
            return 0;
        }

        if (firstDayNumber < TableStart || lastDayNumber > TableEnd)
        {
            return CountOneByOne(firstDayNumber, lastDayNumber);
        }

        var table = _workingDaysBefore.Value;
        return table[lastDayNumber - TableStart + 1] - table[firstDayNumber - TableStart];
    }

    public int CountWorkingDays(YearMonth month) => CountWorkingDays(month.FirstDay, month.LastDay);

    private bool IsExtraClosedDay(DateOnly day) => _extraClosedDays.Count > 0 && _extraClosedDays.Contains(new MonthDay(day.Month, day.Day));

    private int CountOneByOne(int firstDayNumber, int lastDayNumber)
    {
        var count = 0;
        for (var day = firstDayNumber; day <= lastDayNumber; day++)
        {
            count += IsWorkingDay(DateOnly.FromDayNumber(day)) ? 1 : 0;
        }

        return count;
    }

    private int[] BuildTable()
    {
        var table = new int[TableEnd - TableStart + 2];
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1] + (IsWorkingDay(DateOnly.FromDayNumber(TableStart + i - 1)) ? 1 : 0);
        }

        return table;
    }
}

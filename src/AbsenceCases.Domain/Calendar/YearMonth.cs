using System.Globalization;

namespace AbsenceCases.Domain.Calendar;

/// <summary>A calendar month, written yyyy-MM in the API; <see cref="Index"/> numbers the months in order.</summary>
public readonly record struct YearMonth : IComparable<YearMonth>
{
    public YearMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    /// <summary>Months since January of year 0: consecutive months have consecutive indexes.</summary>
    public int Index => (Year * 12) + Month - 1;

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => new(Year, Month, DateTime.DaysInMonth(Year, Month));

    public static YearMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    /// <summary>Only the exact form yyyy-MM.</summary>
    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }

    public static YearMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"'{text}' is not a month in the form yyyy-MM.");

    /// <summary>Months from <paramref name="from"/> through <paramref name="to"/>, both included.</summary>
    public static int Span(YearMonth from, YearMonth to) => to.Index - from.Index + 1;

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");
}

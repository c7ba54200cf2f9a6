using System.Globalization;

namespace AbsenceCases.Domain.Calendar;

/// <summary>A day of the year without the year, written MM-dd ("12-24"): an extra closed day every year.</summary>
public readonly record struct MonthDay
{
    public MonthDay(int month, int day)
    {
        if (!IsValid(month, day))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"{month:00}-{day:00} is not a day of the year.");
        }

        Month = month;
        Day = day;
    }

    public int Month { get; }

    public int Day { get; }

    public static bool TryParse(string? text, out MonthDay monthDay)
    {
        monthDay = default;
        var value = text?.Trim() ?? string.Empty;
        if (value.Length != 5 || value[2] != '-'
            || !int.TryParse(value.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !IsValid(month, day))
        {
            return false;
        }

        monthDay = new MonthDay(month, day);
        return true;
    }

    public static MonthDay Parse(string text) =>
        TryParse(text, out var monthDay) ? monthDay : throw new FormatException($"'{text}' is not a day of the year in the form MM-dd.");

    public override string ToString() => $"{Month:00}-{Day:00}";

    private static bool IsValid(int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2024, month);
}

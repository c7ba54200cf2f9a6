namespace AbsenceCases.SeedGenerator.Dates;

/// <summary>Danish working days as defined for the absence statistics (DESIGN.md section 4).</summary>
public static class DanishCalendar
{
    private const int LastYearWithStoreBededag = 2023;

    public static bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsPublicHoliday(day);

    public static bool IsPublicHoliday(DateOnly day)
    {
        if (day is { Month: 1, Day: 1 } or { Month: 12, Day: 25 or 26 })
        {
            return true;
        }

        var daysAfterEaster = day.DayNumber - EasterSunday(day.Year).DayNumber;
        return daysAfterEaster switch
        {
            -3 or -2 or 1 or 39 or 50 => true, // Maundy Thursday, Good Friday, Easter Monday, Ascension, Whit Monday
            26 => day.Year <= LastYearWithStoreBededag, // Store Bededag, abolished from 2024
            _ => false,
        };
    }

    /// <summary>The anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var monthAndDay = h + l - (7 * m) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }
}

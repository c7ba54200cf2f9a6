namespace AbsenceCases.Domain.Calendar;

/// <summary>
/// The Danish public holidays of the absence statistics (DESIGN.md section 4): 1 January, Maundy Thursday,
/// Good Friday, Easter Monday, Ascension Day, Whit Monday, 25 and 26 December, and Store Bededag up to 2023.
/// </summary>
public static class DanishHolidays
{
    /// <summary>Store Bededag was abolished from 2024 (lov nr. 192 af 28. februar 2023).</summary>
    public const int LastYearWithStoreBededag = 2023;

    public static bool IsPublicHoliday(DateOnly day)
    {
        if (day is { Month: 1, Day: 1 } or { Month: 12, Day: 25 or 26 })
        {
            return true;
        }

        if (day.Month is < 3 or > 6)
        {
            return false;
        }

        return (day.DayNumber - EasterSunday(day.Year).DayNumber) switch
        {
            -3 or -2 or 1 => true, // Skærtorsdag, langfredag, 2. påskedag
            39 or 50 => true, // Kristi himmelfartsdag, 2. pinsedag
            26 => day.Year <= LastYearWithStoreBededag, // Store bededag
            _ => false,
        };
    }

    /// <summary>Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var golden = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var leapCenturies = century / 4;
        var centuryRemainder = century % 4;
        var moonCorrection = (century + 8) / 25;
        var solarCorrection = (century - moonCorrection + 1) / 3;
        var epact = ((19 * golden) + century - leapCenturies - solarCorrection + 15) % 30;
        var quarter = yearOfCentury / 4;
        var quarterRemainder = yearOfCentury % 4;
        var weekday = (32 + (2 * centuryRemainder) + (2 * quarter) - epact - quarterRemainder) % 7;
        var shift = (golden + (11 * epact) + (22 * weekday)) / 451;
        var monthAndDay = epact + weekday - (7 * shift) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }
}

namespace AbsenceCases.SeedGenerator.Dates;

internal static class DateMath
{
    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static DateOnly FirstOfMonthOnOrAfter(DateOnly day) =>
        day.Day == 1 ? day : new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    public static DateOnly EndOfMonth(DateOnly day) =>
        new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
}

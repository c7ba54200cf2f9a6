namespace AbsenceCases.Domain.Tests.Cases;

/// <summary>The dates most case tests use: a first sick day on Monday 2 March 2026 and the days around it.</summary>
internal static class CaseDates
{
    public static readonly DateOnly FirstDay = new(2026, 3, 2);

    public static readonly DateOnly DayBeforeFirstDay = new(2026, 3, 1);

    public static readonly PolicySettings Policy = new();
}

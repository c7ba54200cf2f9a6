namespace AbsenceCases.Application.Tests.Support;

/// <summary>Municipal clocks on a fake time provider; most tests run on Monday 16 March 2026 at 09:00 in Copenhagen.</summary>
internal static class Clocks
{
    /// <summary>Monday 16 March 2026, 09:00 CET (08:00 UTC).</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 3, 16, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>The municipality's date at <see cref="MondayMorning"/>.</summary>
    public static readonly DateOnly Today = new(2026, 3, 16);

    public static MunicipalClock OnMondayMorning() => At(MondayMorning);

    public static MunicipalClock At(DateTimeOffset instant) => new(new FakeTimeProvider(instant));
}

namespace AbsenceCases.Application.Common.Time;

/// <summary>The municipality's clock: instants from the <see cref="TimeProvider"/>, dates in Europe/Copenhagen.</summary>
public sealed class MunicipalClock(TimeProvider timeProvider)
{
    public static TimeZoneInfo TimeZone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    public DateOnly Today => DateOf(Now);

    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    public ActionStamp Stamp(ICurrentUser user)
    {
        var now = Now;
        return new ActionStamp(user.Id ?? "system", user.Name, now, DateOf(now));
    }
}

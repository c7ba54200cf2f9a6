namespace AbsenceCases.Application.Tests.Support;

/// <summary>Action stamps for building cases through the domain's public API.</summary>
internal static class Stamps
{
    public static readonly TimeSpan WinterTime = TimeSpan.FromHours(1);

    /// <summary>The manager acting at the given local time (CET) on the given day.</summary>
    public static ActionStamp ManagerAt(DateOnly day, int hour, int minute = 0) =>
        new(Users.ManagerId, "Mette Leder", new DateTimeOffset(day, new TimeOnly(hour, minute), WinterTime), day);
}

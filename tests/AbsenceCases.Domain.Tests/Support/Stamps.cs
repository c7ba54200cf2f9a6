namespace AbsenceCases.Domain.Tests.Support;

/// <summary>Who acts, and when: a fixed user and a fixed instant on the given municipal date.</summary>
internal static class Stamps
{
    public const string UserId = "leader-1";
    public const string UserName = "Lone Leder";

    public static ActionStamp On(DateOnly today) => By(UserId, UserName, today);

    public static ActionStamp By(string userId, string userName, DateOnly today) =>
        new(userId, userName, new DateTimeOffset(today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(1)), today);
}

namespace AbsenceCases.Infrastructure.Identity;

/// <summary>A blocked user is locked out for good; a lockout after failed sign-ins ends and is not a block.</summary>
internal static class Blocking
{
    public static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public static bool IsBlocked(DateTimeOffset? lockoutEnd) => lockoutEnd?.Year == Forever.Year;
}

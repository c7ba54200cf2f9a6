namespace AbsenceCases.Infrastructure.Identity;

/// <summary>How long a signed-in session lasts, by cookie or by token.</summary>
public static class SessionLimits
{
    public static readonly TimeSpan AccessToken = TimeSpan.FromMinutes(10);

    /// <summary>A cookie or refresh token not used for this long lapses.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    /// <summary>No session outlives this from its sign-in, however busy.</summary>
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(10);
}

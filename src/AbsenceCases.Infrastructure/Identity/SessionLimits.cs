namespace AbsenceCases.Infrastructure.Identity;

/// <summary>How long a signed-in session lasts, by cookie or by token, and how soon a change of access reaches it.</summary>
public static class SessionLimits
{
    public static readonly TimeSpan AccessToken = TimeSpan.FromMinutes(10);

    /// <summary>A cookie or refresh token not used for this long lapses.</summary>
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    /// <summary>No session outlives this from its sign-in, however busy.</summary>
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(10);

    /// <summary>A block, a role or scope change or a new password ends every session of the user within this.</summary>
    public static readonly TimeSpan Revalidation = TimeSpan.FromSeconds(60);
}

namespace AbsenceCases.Web.Sessions.RateLimits;

/// <summary>A sign-in request over one of the <see cref="SignInRateLimitSettings"/>: answered 429 with Retry-After.</summary>
public sealed class TooManySignInAttemptsException(TimeSpan retryAfter)
    : Exception($"Too many sign-in attempts. Try again in {Seconds(retryAfter)} seconds.")
{
    /// <summary>Whole seconds, rounded up.</summary>
    public int RetryAfterSeconds { get; } = Seconds(retryAfter);

    public string RetryAfterHeader => RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whole minutes, rounded up, for a person to read.</summary>
    public int RetryAfterMinutes => (RetryAfterSeconds + 59) / 60;

    private static int Seconds(TimeSpan retryAfter) => (int)Math.Ceiling(retryAfter.TotalSeconds);
}

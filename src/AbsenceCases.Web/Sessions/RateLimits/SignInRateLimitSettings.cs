using System.Threading.RateLimiting;

namespace AbsenceCases.Web.Sessions.RateLimits;

/// <summary>
/// <c>RateLimits:SignIn:*</c>. Each limit is a bucket: <see cref="Allowance.Limit"/> at once, then one more every
/// <see cref="Allowance.Every"/>. The limits are kept in each instance's memory.
/// </summary>
public sealed class SignInRateLimitSettings
{
    /// <summary>Requests to <c>/login</c> and <c>/api/auth/*</c> from one client address, whatever their outcome.</summary>
    public Allowance PerAddress { get; init; } = new() { Limit = 60, Every = TimeSpan.FromSeconds(1) };

    /// <summary>Failed sign-ins of one account from all addresses together: what a guesser with many addresses gets.</summary>
    public Allowance PerAccount { get; init; } = new() { Limit = 100, Every = TimeSpan.FromMinutes(5) };

    /// <summary>Failed sign-ins of one account from one address: what a single guesser gets, without refusing the account elsewhere.</summary>
    public Allowance PerAccountFromAddress { get; init; } = new() { Limit = 5, Every = TimeSpan.FromMinutes(15) };
}

public sealed class Allowance
{
    public int Limit { get; init; }

    public TimeSpan Every { get; init; }

    public TokenBucketRateLimiterOptions ToTokenBucket() => new()
    {
        TokenLimit = Limit,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = Every,
        QueueLimit = 0,
    };
}

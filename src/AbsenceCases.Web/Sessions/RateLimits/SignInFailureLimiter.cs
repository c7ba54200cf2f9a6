using System.Threading.RateLimiting;

namespace AbsenceCases.Web.Sessions.RateLimits;

/// <summary>
/// Counts failed sign-ins per account (the normalised e-mail typed, known or not) from all addresses and from each
/// address. An account whose bucket is empty is refused before its password is checked, so a refusal tells nothing
/// of the password; a stranger who empties the account's bucket of his own address does not refuse it elsewhere.
/// </summary>
public sealed partial class SignInFailureLimiter : IDisposable
{
    private readonly (PartitionedRateLimiter<SignInAttempt> Failures, TimeSpan Every)[] _buckets;
    private readonly ILogger<SignInFailureLimiter> _logger;

    public SignInFailureLimiter(SignInRateLimitSettings settings, ILogger<SignInFailureLimiter> logger)
    {
        _logger = logger;
        _buckets =
        [
            (PartitionedRateLimiter.Create<SignInAttempt, string>(attempt =>
                RateLimitPartition.GetTokenBucketLimiter(attempt.Account, _ => settings.PerAccount.ToTokenBucket())), settings.PerAccount.Every),
            (PartitionedRateLimiter.Create<SignInAttempt, SignInAttempt>(attempt =>
                RateLimitPartition.GetTokenBucketLimiter(attempt, _ => settings.PerAccountFromAddress.ToTokenBucket())), settings.PerAccountFromAddress.Every),
        ];
    }

    /// <summary>
    /// A partitioned bucket refills continuously, a fraction of a token at a time, and a lease of no permits succeeds
    /// on a fraction: a failure needs a whole token, so the whole tokens left are what is asked.
    /// </summary>
    /// <exception cref="TooManySignInAttemptsException">The account has no failure left, from everywhere or from this address.</exception>
    public void EnsureAllowed(SignInAttempt attempt)
    {
        foreach (var (failures, every) in _buckets)
        {
            if (failures.GetStatistics(attempt) is { CurrentAvailablePermits: < 1 })
            {
                LogRefused(_logger, attempt.ClientAddress, (int)every.TotalSeconds);
                throw new TooManySignInAttemptsException(every);
            }
        }
    }

    public void CountFailure(SignInAttempt attempt)
    {
        foreach (var (failures, _) in _buckets)
        {
            failures.AttemptAcquire(attempt).Dispose();
        }
    }

    public void Dispose()
    {
        foreach (var (failures, _) in _buckets)
        {
            failures.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused with 429: too many failed sign-ins of the account; client {ClientAddress}, retry after {Seconds} s")]
    private static partial void LogRefused(ILogger logger, string clientAddress, int seconds);
}

/// <param name="Account">The e-mail as Identity normalises user names.</param>
/// <param name="ClientAddress">The connection's remote address, empty when there is none.</param>
public sealed record SignInAttempt(string Account, string ClientAddress);

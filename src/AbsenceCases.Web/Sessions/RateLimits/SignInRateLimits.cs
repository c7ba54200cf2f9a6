using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace AbsenceCases.Web.Sessions.RateLimits;

/// <summary>
/// The guard against guessing passwords, in place of Identity's lockout: requests to the sign-in endpoints per
/// client address (ASP.NET Core's rate limiter, <see cref="PerAddressPolicy"/>), and failed sign-ins per account in
/// <see cref="PasswordCheck"/>. Over a limit the API answers 429 problem details and the pages a Danish 429 page, both
/// with Retry-After.
/// </summary>
public static partial class SignInRateLimits
{
    public const string PerAddressPolicy = "sign-in-per-address";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection("RateLimits:SignIn").Get<SignInRateLimitSettings>() ?? new SignInRateLimitSettings();
        services.AddSingleton(settings);
        services.AddSingleton<SignInFailureLimiter>();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PerAddressPolicy, context =>
                RateLimitPartition.GetTokenBucketLimiter(AddressOf(context), _ => settings.PerAddress.ToTokenBucket()));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = Refuse;
        });
        return services;
    }

    /// <summary>After routing, so that the endpoints' policies are known.</summary>
    public static IApplicationBuilder UseSignInRateLimits(this IApplicationBuilder app) => app.UseRateLimiter();

    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? string.Empty;

    /// <summary>The API's answer is the exception's problem details; a page's is the status page the UI re-executes for 429.</summary>
    private static ValueTask Refuse(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        var refusal = new TooManySignInAttemptsException(retryAfter);
        LogRefused(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimits)),
            context.Request.Method, context.Request.Path, AddressOf(context), refusal.RetryAfterSeconds);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            throw refusal;
        }

        context.Response.Headers.RetryAfter = refusal.RetryAfterHeader;
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in request refused with 429: too many requests from client {ClientAddress} ({Method} {Path}), retry after {Seconds} s")]
    private static partial void LogRefused(ILogger logger, string method, string path, string clientAddress, int seconds);
}

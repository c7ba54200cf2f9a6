using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace AbsenceCases.Web.Sessions;

/// <summary>
/// The pages' cookie: 30 minutes idle (sliding), 10 hours from sign-in at most however it was renewed, and no
/// longer than the user's access (<see cref="SessionCheck"/>). The pages authenticate with the cookie scheme
/// themselves, so the cookie handler checks this, not only the middleware after it.
/// </summary>
public static class SessionCookie
{
    private const string SignedInAt = "signedInAt";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;

        // Secure on every request that came over HTTPS (behind a TLS proxy once forwarded headers say so); the
        // plain-HTTP development host and the tests' in-memory server would otherwise never get the cookie back.
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = SessionLimits.Idle;
        options.SlidingExpiration = true;
        options.Events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInAt, NowOf(context.Options).ToString("O", CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = ValidateAsync;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAt, out var value)
                         && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at
            : (DateTimeOffset?)null;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<SessionCheck>();
        if (signedInAt is null || NowOf(context.Options) - signedInAt >= SessionLimits.Absolute
            || context.Principal is null || !await sessions.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    private static DateTimeOffset NowOf(CookieAuthenticationOptions options) => (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
}

using Microsoft.AspNetCore.Authentication.BearerToken;

namespace AbsenceCases.Web.Sessions;

public static class SessionServices
{
    /// <summary>Sessions that end when access ends: short access tokens, rotated refresh tokens, a bounded cookie.</summary>
    public static IServiceCollection AddSessions(this IServiceCollection services)
    {
        services.Configure<BearerTokenOptions>(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = SessionLimits.AccessToken);
        services.ConfigureApplicationCookie(SessionCookie.Configure);
        services.AddScoped<SessionCheck>();
        services.AddScoped<SessionTokens>();
        services.AddScoped<CookieSessions>();
        services.AddScoped<PasswordCheck>();
        return services;
    }

    /// <summary>After authentication: a session whose access changed counts as signed out.</summary>
    public static IApplicationBuilder UseSessionRevalidation(this IApplicationBuilder app) => app.UseMiddleware<SessionRevalidation>();
}

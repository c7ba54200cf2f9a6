namespace AbsenceCases.Web.Infrastructure.Transport;

/// <summary>The headers every answer carries, static files included: what the browser may load, frame and send on.</summary>
internal static class SecurityHeaders
{
    /// <summary>Scripts and styles come only from the application's own files; nothing inline, nothing framed.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            return next(context);
        });

    /// <summary>
    /// Pages and API answers carry personal data: no browser or proxy keeps a copy. Registered after the static
    /// files, which answer before it and stay cacheable.
    /// </summary>
    public static IApplicationBuilder UseNoStore(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
}

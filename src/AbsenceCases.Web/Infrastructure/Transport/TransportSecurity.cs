using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AbsenceCases.Web.Infrastructure.Transport;

/// <summary>
/// HTTPS redirection (when an HTTPS port is known, <see cref="HttpsEndpoint"/>) and HSTS outside Development, unless a
/// TLS proxy fronts the application (<c>Proxy:*</c>); then the scheme and the client's address come from its forwarded
/// headers, and only from its addresses.
/// </summary>
public static class TransportSecurity
{
    public static IServiceCollection AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var proxy = configuration.GetSection("Proxy").Get<ProxySettings>() ?? new ProxySettings();
        services.AddSingleton(proxy);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in proxy.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        var proxy = app.Services.GetRequiredService<ProxySettings>();
        if (proxy.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }
        else if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            if (HttpsEndpoint.IsKnown(app.Configuration))
            {
                app.UseHttpsRedirection();
            }
        }

        app.UseSecurityHeaders();
        return app;
    }
}

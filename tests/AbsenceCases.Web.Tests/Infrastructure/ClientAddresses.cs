using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// A test server's requests come from no address; with this filter a request's <see cref="Header"/> becomes its remote
/// address, as if the client had connected from there.
/// </summary>
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var address))
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
            }

            return nextMiddleware(context);
        });
        next(app);
    };

    /// <summary>A client of the host that connects from <paramref name="address"/>.</summary>
    public static HttpClient From(AbsenceCasesFactory factory, string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}

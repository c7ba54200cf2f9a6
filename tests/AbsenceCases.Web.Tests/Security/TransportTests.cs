using System.Net;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>HTTPS, HSTS, a TLS proxy's forwarded headers, and the headers that keep pages and answers out of caches and frames.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class TransportTests(DatabaseProvider provider) : ApiTest(provider)
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Test]
    public async Task ShouldSendTheBrowserHeadersOnPagesApiAnswersAndStaticFiles()
    {
        var anonymous = Factory.CreateClient(NoRedirects);
        var manager = await World.ManagerA();

        var page = await anonymous.GetAsync("/login");
        var api = await manager.GetAsync("/api/cases");
        var stylesheet = await anonymous.GetAsync("/css/site.css");

        foreach (var (what, response) in new[] { ("page", page), ("API", api), ("static file", stylesheet) })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), what);
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.That(policy, Does.Contain("frame-ancestors 'none'"), what);
            Assert.That(policy, Does.Contain("script-src 'self';"), what);
            Assert.That(policy, Does.Contain("style-src 'self';"), what);
            Assert.That(policy, Does.Not.Contain("unsafe-inline"), what);
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }), what);
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "no-referrer" }), what);
        }

        Assert.That(page.Headers.CacheControl?.NoStore, Is.True, "the page");
        Assert.That(api.Headers.CacheControl?.NoStore, Is.True, "the API answer");
        Assert.That(stylesheet.Headers.CacheControl?.NoStore ?? false, Is.False, "a static file may be cached");
    }

    [Test]
    public async Task ShouldKeepProblemAnswersOutOfCachesToo()
    {
        var manager = await World.ManagerA();

        var response = await manager.GetAsync($"/api/cases/{Guid.NewGuid()}");

        await response.Problem(HttpStatusCode.NotFound);
        Assert.That(response.Headers.CacheControl?.NoStore, Is.True);
    }

    [Test]
    public async Task ShouldRedirectPlainHttpToHttpsOutsideDevelopment()
    {
        await using var host = Factory.WithWebHostBuilder(builder => builder.UseSetting("https_port", "443"));
        var client = host.CreateClient(NoRedirects);

        var response = await client.GetAsync("/login");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.TemporaryRedirect));
        Assert.That(response.Headers.Location, Is.EqualTo(new Uri("https://localhost/login")));
    }

    [Test]
    public async Task ShouldNeitherRedirectNorWarnWithoutAnHttpsPort()
    {
        var logs = new RecordedLogs();
        await using var host = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(logs)));

        var response = await host.CreateClient(NoRedirects).GetAsync("/login");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(logs.Entries.Where(entry => entry.Category.StartsWith("Microsoft.AspNetCore.HttpsPolicy", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public async Task ShouldTellBrowsersToUseHttpsForAYear()
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://fravaer.testrup.dk"),
        });

        var response = await client.GetAsync("/login");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Headers.GetValues("Strict-Transport-Security"), Is.EqualTo(new[] { "max-age=31536000" }));
    }

    [Test]
    public async Task ShouldLeaveRedirectionAndHstsToATlsProxyInFront()
    {
        await using var host = Factory.WithWebHostBuilder(builder => builder
            .UseSetting("https_port", "443")
            .UseSetting("Proxy:TrustForwardedHeaders", "true")
            .UseSetting("Proxy:KnownProxies:0", "10.0.0.5"));

        var response = await host.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Host = new HostString("fravaer.testrup.dk");
            context.Request.Path = "/login";
            context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.5");
            context.Request.Headers["X-Forwarded-Proto"] = "https";
        });

        Assert.That(response.Response.StatusCode, Is.EqualTo((int)HttpStatusCode.OK));
        Assert.That(response.Response.Headers.ContainsKey("Strict-Transport-Security"), Is.False);
        Assert.That(response.Request.Scheme, Is.EqualTo("https"), "the proxy's scheme is believed");
    }

    [Test]
    public async Task ShouldBelieveForwardedHeadersOnlyFromTheConfiguredProxies()
    {
        await using var host = Factory.WithWebHostBuilder(builder => builder
            .UseSetting("Proxy:TrustForwardedHeaders", "true")
            .UseSetting("Proxy:KnownProxies:0", "10.0.0.5"));

        var response = await host.Server.SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/login";
            context.Connection.RemoteIpAddress = IPAddress.Parse("10.0.0.9");
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = "192.0.2.7";
        });

        Assert.That(response.Request.Scheme, Is.EqualTo("http"));
        Assert.That(response.Connection.RemoteIpAddress, Is.EqualTo(IPAddress.Parse("10.0.0.9")));
    }
}

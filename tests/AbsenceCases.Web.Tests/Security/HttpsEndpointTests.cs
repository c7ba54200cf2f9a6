using AbsenceCases.Web.Infrastructure.Transport;
using Microsoft.Extensions.Configuration;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>HTTPS redirection is on where the application knows an HTTPS port: set as one, or an https URL it listens on.</summary>
public sealed class HttpsEndpointTests
{
    [TestCase("https_port", "443")]
    [TestCase("HTTPS_PORT", "8443")]
    [TestCase("https_ports", "443")]
    [TestCase("urls", "http://+:8080;https://+:8443")]
    [TestCase("Kestrel:Endpoints:Secure:Url", "https://0.0.0.0:443")]
    public void ShouldKnowAnHttpsPortFrom(string key, string value) =>
        Assert.That(HttpsEndpoint.IsKnown(Configuration((key, value))), Is.True);

    [Test]
    public void ShouldKnowNoHttpsPortWhenItListensOnPlainHttpOnly() =>
        Assert.That(HttpsEndpoint.IsKnown(Configuration(("urls", "http://+:8080"), ("Kestrel:Endpoints:Plain:Url", "http://0.0.0.0:5080"))), Is.False);

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

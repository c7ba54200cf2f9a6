namespace AbsenceCases.Web.Infrastructure.Transport;

/// <summary>
/// A TLS proxy in front of the application: it redirects to HTTPS and sends HSTS itself, and the forwarded
/// headers are believed only when they come from one of its addresses or networks.
/// </summary>
public sealed class ProxySettings
{
    public bool TrustForwardedHeaders { get; init; }

    /// <summary>The proxies' addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IReadOnlyList<string> KnownProxies { get; init; } = [];

    /// <summary>The proxies' networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IReadOnlyList<string> KnownNetworks { get; init; } = [];
}

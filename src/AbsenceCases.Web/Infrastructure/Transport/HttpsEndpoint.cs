namespace AbsenceCases.Web.Infrastructure.Transport;

/// <summary>
/// Whether the application knows an HTTPS port to send plain HTTP to: <c>https_port</c> (<c>ASPNETCORE_HTTPS_PORT</c>),
/// <c>https_ports</c> (<c>ASPNETCORE_HTTPS_PORTS</c>), or an https URL it listens on (<c>urls</c>, <c>Kestrel:Endpoints</c>).
/// Without one, HTTPS redirection could only pass every request on with a warning.
/// </summary>
internal static class HttpsEndpoint
{
    public static bool IsKnown(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["https_port"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || ListeningUrls(configuration).Any(url => url.StartsWith("https://", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> ListeningUrls(IConfiguration configuration) =>
        (configuration["urls"] ?? string.Empty)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(endpoint => endpoint["Url"] ?? string.Empty));
}

using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Operations;

/// <summary>
/// A collector's OTLP/HTTP endpoint on a loopback port: it keeps the body of every post by path (<c>/v1/traces</c>,
/// <c>/v1/metrics</c>) and answers 200. A protobuf body holds its strings (span names, metric names) as they are; it is
/// kept read as Latin-1, so that every byte stays one character.
/// </summary>
internal sealed class OtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string Body)> _posts = new();
    private readonly SemaphoreSlim _posted = new(0);

    private OtlpReceiver(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    public static async Task<OtlpReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var receiver = new OtlpReceiver(builder.Build());
        receiver._app.MapPost("/v1/{signal}", receiver.Receive);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        receiver.Endpoint = new Uri(address);
        return receiver;
    }

    /// <summary>
    /// Waits until some post to <paramref name="path"/> holds each of <paramref name="expected"/>, waking at each post,
    /// and answers those that had not come within <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<string>> MissingAsync(string path, IReadOnlyCollection<string> expected, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (Missing(path, expected) is { Count: > 0 } missing)
        {
            try
            {
                await _posted.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                return missing;
            }
        }

        return [];
    }

    /// <summary>Everything posted to <paramref name="path"/>.</summary>
    public string All(string path) => string.Concat(_posts.Where(p => p.Path == path).Select(p => p.Body));

    private List<string> Missing(string path, IReadOnlyCollection<string> expected) =>
        expected.Where(text => !_posts.Any(post => post.Path == path && post.Body.Contains(text, StringComparison.Ordinal))).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _posted.Dispose();
    }

    private async Task Receive(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        _posts.Enqueue((context.Request.Path.Value!, Encoding.Latin1.GetString(body.ToArray())));
        _posted.Release();
        context.Response.ContentType = "application/x-protobuf";
    }
}

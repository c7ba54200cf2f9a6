using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>Logs each request by name, caller and duration; never its content, which may be personnel data.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<TRequest> logger, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        logger.LogInformation(
            "Handled {Request} for {UserId} in {ElapsedMs:0} ms",
            typeof(TRequest).Name,
            user.Id ?? "anonymous",
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }
}

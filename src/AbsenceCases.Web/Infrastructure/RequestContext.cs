using System.Diagnostics;
using AbsenceCases.Infrastructure.Scheduling;

namespace AbsenceCases.Web.Infrastructure;

/// <summary>
/// The HTTP request's trace id (the one its problem details carry) and the caller's address; outside a request, the
/// run id of the scheduled job.
/// </summary>
public sealed class RequestContext(IHttpContextAccessor accessor, JobRun job) : IRequestContext
{
    public string? RequestId => accessor.HttpContext is { } http ? Activity.Current?.Id ?? http.TraceIdentifier : job.Id;

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}

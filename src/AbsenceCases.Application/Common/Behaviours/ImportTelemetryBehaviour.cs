using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Imports;

namespace AbsenceCases.Application.Common.Behaviours;

/// <summary>Counts the rows of each import that went through, by import kind: <c>ImportUnits</c> counts as <c>units</c>.</summary>
public sealed class ImportTelemetryBehaviour<TRequest, TResponse>(OperationsMetrics metrics) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string Kind = typeof(TRequest).Name.Replace("Import", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var response = await next();
        if (response is ImportResult result)
        {
            metrics.Imported(Kind, result);
        }

        return response;
    }
}

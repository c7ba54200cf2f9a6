using AbsenceCases.Application.Statistics;
using AbsenceCases.Application.Statistics.Indicators;
using AbsenceCases.Infrastructure.Exports;
using AbsenceCases.Web.Infrastructure;

namespace AbsenceCases.Web.Endpoints;

public static class StatisticsEndpoints
{
    public static void MapStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        var statistics = app.MapGroup("/api/statistics").WithTags("Statistics");
        statistics.MapGet("/absence-rate", AbsenceRate).WithName("GetAbsenceRate").Produces<AbsenceRateReport>().WithStatisticsProblems();
        statistics.MapGet("/absence-rate.csv", ExportCsv).WithName("ExportAbsenceRateCsv")
            .Produces(StatusCodes.Status200OK, contentType: AbsenceRateCsv.ContentType).WithStatisticsProblems();
        statistics.MapGet("/absence-rate.xlsx", ExportXlsx).WithName("ExportAbsenceRateXlsx")
            .Produces(StatusCodes.Status200OK, contentType: AbsenceRateXlsx.ContentType).WithStatisticsProblems();
        statistics.MapGet("/indicators", Indicators).WithName("GetIndicators").WithStatisticsProblems();
        statistics.MapGet("/success-criteria", Criteria).WithName("GetSuccessCriteria").WithStatisticsProblems();
    }

    private static async Task<AbsenceRateJsonResult> AbsenceRate(
        IMediator sender, CancellationToken cancellationToken, string? from, string? to, int? unitId, string? groupBy, string? absenceType) =>
        new(await sender.Send(new GetAbsenceRate(from, to, unitId, groupBy, absenceType), cancellationToken));

    private static async Task<PushStreamHttpResult> ExportCsv(
        IMediator sender, CancellationToken cancellationToken, string? from, string? to, int? unitId, string? groupBy, string? absenceType)
    {
        var table = await sender.Send(new ExportAbsenceRate(from, to, unitId, groupBy, absenceType), cancellationToken);
        return TypedResults.Stream(
            stream => AbsenceRateCsv.WriteAsync(table, stream, cancellationToken),
            AbsenceRateCsv.ContentType,
            AbsenceRateColumns.FileName(table, "csv"));
    }

    private static async Task<FileContentHttpResult> ExportXlsx(
        IMediator sender, CancellationToken cancellationToken, string? from, string? to, int? unitId, string? groupBy, string? absenceType)
    {
        var table = await sender.Send(new ExportAbsenceRate(from, to, unitId, groupBy, absenceType), cancellationToken);
        return TypedResults.File(
            AbsenceRateXlsx.Write(table),
            AbsenceRateXlsx.ContentType,
            AbsenceRateColumns.FileName(table, "xlsx"));
    }

    private static Task<IndicatorReport> Indicators(IMediator sender, CancellationToken cancellationToken, string? from, string? to, int? unitId) =>
        sender.Send(new GetIndicators(from, to, unitId), cancellationToken);

    private static Task<SuccessCriteria> Criteria(
        IMediator sender, CancellationToken cancellationToken, string? baselineFrom, string? baselineTo, string? from, string? to) =>
        sender.Send(new GetSuccessCriteria(baselineFrom, baselineTo, from, to), cancellationToken);

    private static RouteHandlerBuilder WithStatisticsProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

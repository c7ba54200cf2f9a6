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

    private static async Task<IndicatorReportResponse> Indicators(
        IMediator sender, HttpContext context, CancellationToken cancellationToken, string? from, string? to, int? unitId)
    {
        var report = await sender.Send(new GetIndicators(from, to, unitId), cancellationToken);
        return new(report.From, report.To, report.UnitId, IndicatorResponse.In(report.Indicators, RequestLanguage.TextsFor(context)), report.AllMet);
    }

    private static async Task<SuccessCriteria> Criteria(
        IMediator sender, HttpContext context, CancellationToken cancellationToken, string? baselineFrom, string? baselineTo, string? from, string? to)
    {
        var criteria = await sender.Send(new GetSuccessCriteria(baselineFrom, baselineTo, from, to), cancellationToken);
        var implementation = new ImplementationResponse(
            IndicatorResponse.In(criteria.Implementation.Indicators, RequestLanguage.TextsFor(context)), criteria.Implementation.Achieved);
        return new(criteria.Baseline, criteria.Project, criteria.AbsenceRate, implementation, criteria.Initiatives);
    }

    private static RouteHandlerBuilder WithStatisticsProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

/// <summary>An implementation indicator by its key, with its name in the request's language.</summary>
public sealed record IndicatorResponse(
    string Key, CoreElement Element, string Name, int Numerator, int Denominator, double? ValuePercent, double TargetPercent, bool? Met)
{
    public static IReadOnlyList<IndicatorResponse> In(IEnumerable<Indicator> indicators, UiTexts texts) =>
        indicators.Select(i => new IndicatorResponse(
            i.Key, i.Element, texts.Message(i.Name), i.Numerator, i.Denominator, i.ValuePercent, i.TargetPercent, i.Met)).ToList();
}

public sealed record IndicatorReportResponse(string From, string To, int? UnitId, IReadOnlyList<IndicatorResponse> Indicators, bool AllMet);

public sealed record ImplementationResponse(IReadOnlyList<IndicatorResponse> Indicators, bool Achieved);

/// <summary>
/// The success criteria with the implementation indicators named in the request's language; the OpenAPI document
/// calls it SuccessCriteria, as before the names became codes.
/// </summary>
public sealed record SuccessCriteria(
    MonthRange Baseline, MonthRange Project, AbsenceRateCriterion AbsenceRate, ImplementationResponse Implementation, IReadOnlyList<InitiativeEffect> Initiatives);

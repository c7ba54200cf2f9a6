using AbsenceCases.Application.SelfService;
using AbsenceCases.Infrastructure.Exports;

namespace AbsenceCases.Web.Endpoints;

/// <summary>The employee's own data (DESIGN.md section 6, self-service): nobody else's is reachable here.</summary>
public static class SelfServiceEndpoints
{
    public static void MapSelfServiceEndpoints(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me").WithTags("Self-service");
        me.MapGet("/cases", (IMediator sender, CancellationToken cancellationToken) => sender.Send(new ListMyCases(), cancellationToken))
            .WithName("ListMyCases").WithSelfServiceProblems();
        me.MapGet("/absences", (IMediator sender, CancellationToken cancellationToken) => sender.Send(new ListMyAbsences(), cancellationToken))
            .WithName("ListMyAbsences").WithSelfServiceProblems();
        me.MapGet("/data", ExportJson).WithName("ExportMyData")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").WithSelfServiceProblems();
        me.MapGet("/data.zip", ExportArchive).WithName("ExportMyDataCsv")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip").WithSelfServiceProblems();
        me.MapPost("/return", (ReportMyReturn body, IMediator sender, CancellationToken cancellationToken) => sender.Send(body, cancellationToken))
            .WithName("ReportMyReturn").Produces<CaseActionResult>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSelfServiceProblems();
    }

    private static async Task<PushStreamHttpResult> ExportJson(IMediator sender, CancellationToken cancellationToken)
    {
        var data = await sender.Send(new ExportMyData(), cancellationToken);
        return TypedResults.Stream(
            stream => PersonalDataFiles.WriteJsonAsync(data, stream, cancellationToken), "application/json", PersonalDataFiles.JsonFileName);
    }

    private static async Task<PushStreamHttpResult> ExportArchive(IMediator sender, CancellationToken cancellationToken)
    {
        var data = await sender.Send(new ExportMyData(), cancellationToken);
        return TypedResults.Stream(
            stream => PersonalDataFiles.WriteArchiveAsync(data, stream, cancellationToken), "application/zip", PersonalDataFiles.ArchiveFileName);
    }

    private static RouteHandlerBuilder WithSelfServiceProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

using AbsenceCases.Application.Auditing;
using AbsenceCases.Infrastructure.Exports;

namespace AbsenceCases.Web.Endpoints;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api").WithTags("Audit");
        audit.MapGet("/audit", List).WithName("ListAuditEntries").WithAuditProblems();
        audit.MapGet("/audit.csv", ExportCsv).WithName("ExportAuditEntriesCsv")
            .Produces(StatusCodes.Status200OK, contentType: CsvText.ContentType).WithAuditProblems();
    }

    private static Task<AuditPage> List(
        IMediator sender, CancellationToken cancellationToken,
        Guid? caseId, int? employeeId, string? userId, DateOnly? from, DateOnly? to, int page = 1, int pageSize = 50) =>
        sender.Send(new ListAuditEntries(caseId, employeeId, userId, from, to, page, pageSize), cancellationToken);

    private static async Task<PushStreamHttpResult> ExportCsv(
        IMediator sender, CancellationToken cancellationToken, Guid? caseId, int? employeeId, string? userId, DateOnly? from, DateOnly? to)
    {
        var export = await sender.Send(new ExportAuditEntries(caseId, employeeId, userId, from, to), cancellationToken);
        return TypedResults.Stream(stream => AuditCsv.WriteAsync(export, stream, cancellationToken), CsvText.ContentType, AuditCsv.FileName);
    }

    private static RouteHandlerBuilder WithAuditProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}

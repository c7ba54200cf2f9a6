using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Measurements;
using AbsenceCases.Application.Statistics;
using AbsenceCases.Infrastructure.Exports;

namespace AbsenceCases.Web.Endpoints;

public static class MeasurementEndpoints
{
    public static void MapMeasurementEndpoints(this IEndpointRouteBuilder app)
    {
        var measurements = app.MapGroup("/api/measurements").WithTags("Measurements");
        measurements.MapGet("/", (IMediator sender, CancellationToken cancellationToken) => sender.Send(new ListMeasurements(), cancellationToken))
            .WithName("ListMeasurements");
        measurements.MapGet("/{id:int}", (int id, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new GetMeasurement(id), cancellationToken))
            .WithName("GetMeasurement")
            .ProducesProblem(StatusCodes.Status404NotFound);
        measurements.MapPost("/{id:int}/publish", (int id, PublishMeasurement body, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(body with { Id = id }, cancellationToken))
            .WithName("PublishMeasurement")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        measurements.MapPost("/", async (CreateMeasurement body, IMediator sender, CancellationToken cancellationToken) =>
            {
                var created = await sender.Send(body, cancellationToken);
                return TypedResults.Created($"/api/measurements/{created.Id}", created);
            })
            .WithName("CreateMeasurement")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        measurements.MapPost("/{id:int}/results", async (int id, HttpContext context, IMediator sender) =>
                TypedResults.Ok(await sender.Send(new ImportMeasurementResults(id, context.Request.Body), context.RequestAborted)))
            .Accepts<string>("text/csv")
            .Produces<ImportResult>()
            .WithName("ImportMeasurementResults")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        measurements.MapGet("/{id:int}/results", (int id, int? unitId, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new GetMeasurementResults(id, unitId), cancellationToken))
            .WithName("GetMeasurementResults")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        measurements.MapGet("/{id:int}/follow-ups", (int id, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListFollowUps(id), cancellationToken))
            .WithName("ListFollowUps")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        measurements.MapGet("/{id:int}/follow-ups/{unitId:int}", (int id, int unitId, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new GetFollowUp(id, unitId), cancellationToken))
            .WithName("GetFollowUp")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        measurements.MapPost("/{id:int}/follow-ups/{unitId:int}", (int id, int unitId, RecordFollowUp body, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(body with { MeasurementId = id, UnitId = unitId }, cancellationToken))
            .WithName("RecordFollowUp")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        measurements.MapGet("/{id:int}/absence", (int id, int? unitId, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new GetWellbeingAgainstAbsence(id, unitId), cancellationToken))
            .WithName("GetWellbeingAgainstAbsence")
            .WithWellbeingAbsenceProblems();
        measurements.MapGet("/{id:int}/absence.csv", async (int id, int? unitId, IMediator sender, CancellationToken cancellationToken) =>
            {
                var table = await sender.Send(new ExportWellbeingAgainstAbsence(id, unitId), cancellationToken);
                return TypedResults.Stream(
                    stream => WellbeingAbsenceCsv.WriteAsync(table, stream, cancellationToken), WellbeingAbsenceCsv.ContentType, WellbeingAbsenceCsv.FileName(table));
            })
            .WithName("ExportWellbeingAgainstAbsenceCsv")
            .Produces(StatusCodes.Status200OK, contentType: WellbeingAbsenceCsv.ContentType)
            .WithWellbeingAbsenceProblems();
        measurements.MapGet("/{id:int}/absence.xlsx", async (int id, int? unitId, IMediator sender, CancellationToken cancellationToken) =>
            {
                var table = await sender.Send(new ExportWellbeingAgainstAbsence(id, unitId), cancellationToken);
                return TypedResults.File(WellbeingAbsenceXlsx.Write(table), WellbeingAbsenceXlsx.ContentType, WellbeingAbsenceXlsx.FileName(table));
            })
            .WithName("ExportWellbeingAgainstAbsenceXlsx")
            .Produces(StatusCodes.Status200OK, contentType: WellbeingAbsenceXlsx.ContentType)
            .WithWellbeingAbsenceProblems();
    }

    private static RouteHandlerBuilder WithWellbeingAbsenceProblems(this RouteHandlerBuilder endpoint) =>
        endpoint
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}

using AbsenceCases.Application.GoodExamples;
using AbsenceCases.Application.Prevention;

namespace AbsenceCases.Web.Endpoints;

public static class PreventionEndpoints
{
    public static void MapPreventionEndpoints(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup(CaseEndpoints.Route).WithTags("Prevention plans");
        cases.MapCaseAction<AddMeasure>(HttpMethods.Post, "prevention-plan/measures", (command, _) => command);
        cases.MapCaseAction<EditMeasure>(HttpMethods.Put, "prevention-plan/measures/{measureId:int}",
            (command, context) => command with { MeasureId = CaseEndpoints.RouteNumber(context, "measureId") });
        cases.MapCaseAction<CompleteMeasure>(HttpMethods.Post, "prevention-plan/measures/{measureId:int}/complete",
            (command, context) => command with { MeasureId = CaseEndpoints.RouteNumber(context, "measureId") });
        cases.MapCaseAction<DropMeasure>(HttpMethods.Post, "prevention-plan/measures/{measureId:int}/drop",
            (command, context) => command with { MeasureId = CaseEndpoints.RouteNumber(context, "measureId") });

        var initiatives = app.MapGroup("/api/prevention-initiatives").WithTags("Prevention initiatives");
        initiatives.MapGet("/", (IMediator sender, CancellationToken cancellationToken, int? unitId) =>
                sender.Send(new ListInitiatives(unitId), cancellationToken))
            .WithName("ListInitiatives");
        initiatives.MapPost("/", async (CreateInitiative body, IMediator sender, CancellationToken cancellationToken) =>
            {
                var created = await sender.Send(body, cancellationToken);
                return TypedResults.Created($"/api/prevention-initiatives/{created.Id}", created);
            })
            .WithName("CreateInitiative")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        initiatives.MapPut("/{id:int}", (int id, UpdateInitiative body, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(body with { InitiativeId = id }, cancellationToken))
            .WithName("UpdateInitiative")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        initiatives.MapDelete("/{id:int}", async (int id, IMediator sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new DeleteInitiative(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("DeleteInitiative")
            .ProducesProblem(StatusCodes.Status404NotFound);
   
        var examples = app.MapGroup("/api/good-examples").WithTags("Good examples");
        examples.MapGet("/", (string? search, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListGoodExamples(search), cancellationToken))
            .WithName("ListGoodExamples")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        examples.MapPost("/", async (MarkGoodExample body, IMediator sender, CancellationToken cancellationToken) =>
            {
                var marked = await sender.Send(body, cancellationToken);
                return TypedResults.Created($"/api/good-examples/{marked.Id}", marked);
            })
            .WithName("MarkGoodExample")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        examples.MapDelete("/{id:int}", async (int id, IMediator sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new RemoveGoodExample(id), cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("RemoveGoodExample")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

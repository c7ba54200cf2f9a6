using AbsenceCases.Application.Coordination;

namespace AbsenceCases.Web.Endpoints;

public static class CoordinationEndpoints
{
    public static void MapCoordinationEndpoints(this IEndpointRouteBuilder app)
    {
        var groups = app.MapGroup("/api/coordination-groups").WithTags("Coordination");
        groups.MapGet("/", (IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListCoordinationGroups(), cancellationToken))
            .WithName("ListCoordinationGroups");
        groups.MapPost("/", async (CreateCoordinationGroup body, IMediator sender, CancellationToken cancellationToken) =>
            {
                var created = await sender.Send(body, cancellationToken);
                return TypedResults.Created($"/api/coordination-groups/{created.Id}", created);
            })
            .WithName("CreateCoordinationGroup")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        groups.MapPut("/{id:int}", (int id, UpdateCoordinationGroup body, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(body with { GroupId = id }, cancellationToken))
            .WithName("UpdateCoordinationGroup")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        groups.MapGet("/{id:int}/board", (int id, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new GetBoard(id), cancellationToken))
            .WithName("GetBoard")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        groups.MapGet("/{id:int}/reviews", (int id, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new ListReviews(id), cancellationToken))
            .WithName("ListReviews")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        groups.MapPost("/{id:int}/reviews", async (int id, RecordReview body, IMediator sender, CancellationToken cancellationToken) =>
            {
                var review = await sender.Send(body with { GroupId = id }, cancellationToken);
                return TypedResults.Created($"/api/coordination-groups/{id}/reviews/{review.Id}", review);
            })
            .WithName("RecordReview")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

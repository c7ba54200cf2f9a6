using AbsenceCases.Application.Administration;
using AbsenceCases.Application.Jobs;

namespace AbsenceCases.Web.Endpoints;

public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin").WithTags("Admin");
        admin.MapPost("/jobs/{name}/run", (string name, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new RunJob(name), cancellationToken))
            .WithName("RunJob")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        admin.MapGet("/users", (IMediator sender, CancellationToken cancellationToken) => sender.Send(new ListUsers(), cancellationToken))
            .WithName("ListUsers");
        admin.MapPost("/users", async (CreateUser body, IMediator sender, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(body, cancellationToken);
                return TypedResults.Created($"/api/admin/users/{user.Id}", user);
            })
            .WithName("CreateUser")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPut("/users/{id}", (string id, UpdateUser body, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(body with { UserId = id }, cancellationToken))
            .WithName("UpdateUser")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        admin.MapPost("/users/{id}/two-factor/reset", async (string id, IMediator sender, CancellationToken cancellationToken) =>
            {
                await sender.Send(new ResetTwoFactor { UserId = id }, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithName("ResetTwoFactor")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

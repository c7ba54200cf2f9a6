using AbsenceCases.Application.Jobs;

namespace AbsenceCases.Web.Endpoints;

public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/jobs/{name}/run", (string name, IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new RunJob(name), cancellationToken))
            .WithTags("Admin")
            .WithName("RunJob")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}

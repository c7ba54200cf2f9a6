using AbsenceCases.Application.Workflow;

namespace AbsenceCases.Web.Endpoints;

public static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/workflow", (IMediator sender, CancellationToken cancellationToken) =>
                sender.Send(new GetWorkflow(), cancellationToken))
            .WithTags("Workflow").WithName("GetWorkflow");
        app.MapGet("/api/workflow.dot", async (IMediator sender, CancellationToken cancellationToken) =>
                TypedResults.Text(await sender.Send(new GetWorkflowGraph(), cancellationToken), "text/vnd.graphviz"))
            .WithTags("Workflow").WithName("GetWorkflowGraph");
    }
}

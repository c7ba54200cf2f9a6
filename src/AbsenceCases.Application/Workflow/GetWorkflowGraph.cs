namespace AbsenceCases.Application.Workflow;

/// <summary>The case workflow as a Graphviz DOT graph.</summary>
[AnySignedInUser]
public sealed record GetWorkflowGraph : IRequest<string>;

public sealed class GetWorkflowGraphHandler : IRequestHandler<GetWorkflowGraph, string>
{
    public Task<string> Handle(GetWorkflowGraph request, CancellationToken cancellationToken) =>
        Task.FromResult(CaseWorkflow.ToDotGraph());
}

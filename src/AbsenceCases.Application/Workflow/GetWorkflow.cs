namespace AbsenceCases.Application.Workflow;

/// <summary>The case workflow as declared: states, triggers, transitions and their guards.</summary>
[AnySignedInUser]
public sealed record GetWorkflow : IRequest<WorkflowDescription>;

public sealed class GetWorkflowHandler : IRequestHandler<GetWorkflow, WorkflowDescription>
{
    public Task<WorkflowDescription> Handle(GetWorkflow request, CancellationToken cancellationToken) =>
        Task.FromResult(CaseWorkflow.Describe());
}

using AbsenceCases.Domain.Cases;
using AbsenceCases.Domain.Workflow;

namespace AbsenceCases.Application.Workflow;

/// <summary>The case workflow as declared: states, triggers, transitions and their guards.</summary>
public sealed record GetWorkflow : IRequest<StateMachineInfo>;

public sealed class GetWorkflowHandler : IRequestHandler<GetWorkflow, StateMachineInfo>
{
    public Task<StateMachineInfo> Handle(GetWorkflow request, CancellationToken cancellationToken) =>
        Task.FromResult(CaseWorkflow.Describe());
}

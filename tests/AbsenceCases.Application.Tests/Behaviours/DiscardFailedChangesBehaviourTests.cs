using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Cases;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class DiscardFailedChangesBehaviourTests
{
    private readonly Mock<IApplicationDbContext> _db = new(MockBehavior.Strict);

    [Test]
    public async Task ShouldKeepTheChangesOfARequestThatSucceeds()
    {
        var workflow = new WorkflowDescription([], [], []);

        var response = await Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<WorkflowDescription>.Answering(workflow).Delegate);

        Assert.That(response, Is.SameAs(workflow));
        _db.Verify(d => d.DiscardChanges(), Times.Never);
    }

    [Test]
    public void ShouldDiscardTheChangesOfARequestThatFailsAndRethrow()
    {
        _db.Setup(d => d.DiscardChanges());
        var refusal = new InvalidTransitionException(CaseStatus.Reported, CaseTrigger.StartCoordination, [], []);

        var thrown = Assert.CatchAsync(
            () => Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<WorkflowDescription>.Throwing(refusal).Delegate));

        Assert.That(thrown, Is.SameAs(refusal));
        _db.Verify(d => d.DiscardChanges(), Times.Once);
    }

    private DiscardFailedChangesBehaviour<GetWorkflow, WorkflowDescription> Behaviour() => new(_db.Object);
}

using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Workflow;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class DiscardFailedChangesBehaviourTests
{
    private readonly Mock<IApplicationDbContext> _db = new(MockBehavior.Strict);

    [Test]
    public async Task ShouldKeepTheChangesOfARequestThatSucceeds()
    {
        var workflow = new StateMachineInfo([], [], []);

        var response = await Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<StateMachineInfo>.Answering(workflow).Delegate);

        Assert.That(response, Is.SameAs(workflow));
        _db.Verify(d => d.DiscardChanges(), Times.Never);
    }

    [Test]
    public void ShouldDiscardTheChangesOfARequestThatFailsAndRethrow()
    {
        _db.Setup(d => d.DiscardChanges());
        var refusal = new InvalidTransitionException("Reported", "StartCoordination", [], []);

        var thrown = Assert.CatchAsync(
            () => Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<StateMachineInfo>.Throwing(refusal).Delegate));

        Assert.That(thrown, Is.SameAs(refusal));
        _db.Verify(d => d.DiscardChanges(), Times.Once);
    }

    private DiscardFailedChangesBehaviour<GetWorkflow, StateMachineInfo> Behaviour() => new(_db.Object);
}

using AbsenceCases.Application.Common.Validation;
using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Cases;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class UnhandledExceptionBehaviourTests
{
    private readonly RecordingLogger<GetWorkflow> _logger = new();
    private readonly Mock<IDatabaseErrors> _database = new();

    private static IEnumerable<TestCaseData> ExpectedAnswers()
    {
        yield return new TestCaseData(new DomainException(CaseCodes.ClosedTakesNoAbsence)).SetArgDisplayNames("DomainException");
        yield return new TestCaseData(new InvalidTransitionException(CaseStatus.Closed, CaseTrigger.Close, [], [])).SetArgDisplayNames("InvalidTransitionException");
        yield return new TestCaseData(new RequestValidationException("firstDay", FieldCodes.Required)).SetArgDisplayNames("RequestValidationException");
        yield return new TestCaseData(new NotFoundException(RefusalCodes.NotFound.Case, Guid.Empty)).SetArgDisplayNames("NotFoundException");
        yield return new TestCaseData(new ForbiddenAccessException(RefusalCodes.Access.CaseOutsideScope)).SetArgDisplayNames("ForbiddenAccessException");
        yield return new TestCaseData(new UnauthenticatedException()).SetArgDisplayNames("UnauthenticatedException");
        yield return new TestCaseData(new ConflictException(RefusalCodes.Conflict.StoredMeanwhile)).SetArgDisplayNames("ConflictException");
        yield return new TestCaseData(new PreconditionFailedException(3, 4)).SetArgDisplayNames("PreconditionFailedException");
        yield return new TestCaseData(new OperationCanceledException()).SetArgDisplayNames("OperationCanceledException");
        yield return new TestCaseData(new TaskCanceledException()).SetArgDisplayNames("TaskCanceledException");
    }

    [Test]
    public async Task ShouldPassTheResponseThroughWithoutLogging()
    {
        var workflow = new WorkflowDescription([], [], []);

        var response = await Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<WorkflowDescription>.Answering(workflow).Delegate);

        Assert.That(response, Is.SameAs(workflow));
        Assert.That(_logger.Entries, Is.Empty);
    }

    [Test]
    public void ShouldLogAnUnexpectedExceptionAndRethrowIt()
    {
        var failure = new InvalidOperationException("The database is locked.");

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<WorkflowDescription>.Throwing(failure).Delegate));

        Assert.That(thrown, Is.SameAs(failure));
        Assert.That(_logger.Entries, Has.Count.EqualTo(1));
        Assert.That(_logger.Entries[0].Level, Is.EqualTo(LogLevel.Error));
        Assert.That(_logger.Entries[0].Exception, Is.SameAs(failure));
        Assert.That(_logger.Entries[0].Message, Is.EqualTo("Request GetWorkflow failed"));
    }

    [TestCaseSource(nameof(ExpectedAnswers))]
    public void ShouldRethrowAnExpectedAnswerWithoutLoggingIt(Exception answer)
    {
        var thrown = Assert.CatchAsync(
            () => Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<WorkflowDescription>.Throwing(answer).Delegate));

        Assert.That(thrown, Is.SameAs(answer));
        Assert.That(_logger.Entries, Is.Empty);
    }

    [Test]
    public void ShouldLogABusyDatabaseAsAWarningAndRethrowIt()
    {
        var busy = new InvalidOperationException("database is locked");
        _database.Setup(d => d.IsBusy(busy)).Returns(true);

        var thrown = Assert.ThrowsAsync<InvalidOperationException>(
            () => Behaviour().Handle(new GetWorkflow(), CancellationToken.None, NextStep<WorkflowDescription>.Throwing(busy).Delegate));

        Assert.That(thrown, Is.SameAs(busy));
        Assert.That(_logger.Entries.Select(e => (e.Level, e.Message, e.Exception)), Is.EqualTo(new[]
        {
            (LogLevel.Warning, "Request GetWorkflow found the database busy", (Exception?)busy),
        }));
    }

    private UnhandledExceptionBehaviour<GetWorkflow, WorkflowDescription> Behaviour() => new(_logger, _database.Object);
}

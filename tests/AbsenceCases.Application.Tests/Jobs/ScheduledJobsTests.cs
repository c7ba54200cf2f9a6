using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Retention;

namespace AbsenceCases.Application.Tests.Jobs;

/// <summary>The jobs an operator can run now by name; the scheduler uses the same list.</summary>
public sealed class ScheduledJobsTests
{
    private readonly Mock<IMediator> _mediator = new();
    private readonly Mock<IJobLock> _jobLock = new();
    private readonly List<string> _steps = [];

    [SetUp]
    public void RecordTheLocksSteps()
    {
        var held = new Mock<IAsyncDisposable>();
        held.Setup(h => h.DisposeAsync()).Callback(() => _steps.Add("released")).Returns(ValueTask.CompletedTask);
        _jobLock.Setup(l => l.AcquireAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback<string, CancellationToken>((job, _) => _steps.Add($"acquired {job}"))
            .ReturnsAsync(held.Object);
    }

    /// <summary>
    /// The job names of DESIGN.md section 6 (POST /api/admin/jobs/{name}/run), and the nightly evaluation of the
    /// frequent-absence trigger, which also catches patterns that arrive through payroll imports.
    /// </summary>
    private static readonly string[] DesignedNames = ["dispatch-reminders", "weekly-review-agenda", "retention", "statistics-refresh", "frequent-absence"];

    [Test]
    public void ShouldNameTheJobsAsTheApiDoes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ScheduledJobs.Names, Is.SubsetOf(DesignedNames));
            Assert.That(ScheduledJobs.Names, Does.Contain("dispatch-reminders").And.Contain("retention"));
        });
    }

    [Test]
    public void ShouldHaveARequestForEveryNamedJob()
    {
        Assert.That(ScheduledJobs.Names.Select(ScheduledJobs.RequestFor), Has.None.Null);
    }

    [Test]
    public void ShouldSendTheRequestOfEachJob()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ScheduledJobs.RequestFor("dispatch-reminders"), Is.InstanceOf<DispatchReminders>());
            Assert.That(ScheduledJobs.RequestFor("retention"), Is.InstanceOf<ApplyRetention>());
            Assert.That(ScheduledJobs.RequestFor("no-such-job"), Is.Null);
        });
    }

    [Test]
    public async Task ShouldRunAJobByItsNameAndAnswerWhatItDid()
    {
        var result = new JobResult("retention", new Dictionary<string, int> { ["cases"] = 2, ["employees"] = 1 });
        _mediator.Setup(m => m.Send(It.IsAny<ApplyRetention>(), It.IsAny<CancellationToken>()))
            .Callback(() => _steps.Add("ran"))
            .ReturnsAsync(result);
        using var cancellation = new CancellationTokenSource();

        var answer = await new RunJobHandler(_mediator.Object, _jobLock.Object).Handle(new RunJob("retention"), cancellation.Token);

        Assert.That(answer, Is.SameAs(result));
        _mediator.Verify(m => m.Send(It.IsAny<ApplyRetention>(), cancellation.Token), Times.Once);
        Assert.That(_steps, Is.EqualTo(new[] { "acquired retention", "ran", "released" }), "the run holds the job's lock throughout");
    }

    [Test]
    public void ShouldReleaseTheJobsLockWhenTheRunFails()
    {
        _mediator.Setup(m => m.Send(It.IsAny<ApplyRetention>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database gone"));

        Assert.ThrowsAsync<InvalidOperationException>(() =>
            new RunJobHandler(_mediator.Object, _jobLock.Object).Handle(new RunJob("retention"), CancellationToken.None));
        Assert.That(_steps, Is.EqualTo(new[] { "acquired retention", "released" }));
    }

    [Test]
    public void ShouldAnswerNotFoundForAnUnknownJob()
    {
        var handler = new RunJobHandler(_mediator.Object, _jobLock.Object);

        Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(new RunJob("no-such-job"), CancellationToken.None));
        _mediator.VerifyNoOtherCalls();
        Assert.That(_steps, Is.Empty, "an unknown job takes no lock");
    }
}

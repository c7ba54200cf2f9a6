using AbsenceCases.Application.Jobs;
using AbsenceCases.Application.Notifications;
using AbsenceCases.Application.Retention;

namespace AbsenceCases.Application.Tests.Jobs;

/// <summary>The jobs an operator can run now by name; the scheduler uses the same list.</summary>
public sealed class ScheduledJobsTests
{
    private readonly Mock<IMediator> _mediator = new();

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
        _mediator.Setup(m => m.Send(It.IsAny<ApplyRetention>(), It.IsAny<CancellationToken>())).ReturnsAsync(result);
        using var cancellation = new CancellationTokenSource();

        var answer = await new RunJobHandler(_mediator.Object).Handle(new RunJob("retention"), cancellation.Token);

        Assert.That(answer, Is.SameAs(result));
        _mediator.Verify(m => m.Send(It.IsAny<ApplyRetention>(), cancellation.Token), Times.Once);
    }

    [Test]
    public void ShouldAnswerNotFoundForAnUnknownJob()
    {
        var handler = new RunJobHandler(_mediator.Object);

        Assert.ThrowsAsync<NotFoundException>(() => handler.Handle(new RunJob("no-such-job"), CancellationToken.None));
        _mediator.VerifyNoOtherCalls();
    }
}

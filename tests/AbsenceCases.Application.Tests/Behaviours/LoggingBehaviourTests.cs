using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.SickCalls;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Application.Tests.Behaviours;

public sealed class LoggingBehaviourTests
{
    private static readonly RegisterSickCall SickCall = new(
        null, "EMP-1001", Clocks.Today, AbsenceType.OwnIllness, 100, null, "Ondt i ryggen efter fald");

    [Test]
    public async Task ShouldLogTheRequestByNameAndCaller()
    {
        var logger = new RecordingLogger<RegisterSickCall>();
        var answer = new SickCallRegistered(Guid.Empty, false);
        var next = NextStep<SickCallRegistered>.Answering(answer);

        var response = await new LoggingBehaviour<RegisterSickCall, SickCallRegistered>(logger, Users.Manager())
            .Handle(SickCall, CancellationToken.None, next.Delegate);

        Assert.That(response, Is.SameAs(answer));
        Assert.That(logger.Entries, Has.Count.EqualTo(1));
        Assert.That(logger.Entries[0].Level, Is.EqualTo(LogLevel.Information));
        Assert.That(logger.Entries[0].Message, Does.Match(@"^Handled RegisterSickCall for user-manager in \d+ ms$"));
    }

    [Test]
    public async Task ShouldNeverLogTheContentOfARequest()
    {
        var logger = new RecordingLogger<RegisterSickCall>();

        await new LoggingBehaviour<RegisterSickCall, SickCallRegistered>(logger, Users.Manager())
            .Handle(SickCall, CancellationToken.None, NextStep<SickCallRegistered>.Answering(new SickCallRegistered(Guid.Empty, false)).Delegate);

        Assert.That(logger.Entries[0].Message, Does.Not.Contain("EMP-1001").And.Not.Contain("Ondt i ryggen"));
    }

    [Test]
    public async Task ShouldNameACallerWithoutIdAnonymous()
    {
        var logger = new RecordingLogger<RegisterSickCall>();

        await new LoggingBehaviour<RegisterSickCall, SickCallRegistered>(logger, Users.System())
            .Handle(SickCall, CancellationToken.None, NextStep<SickCallRegistered>.Answering(new SickCallRegistered(Guid.Empty, false)).Delegate);

        Assert.That(logger.Entries[0].Message, Does.StartWith("Handled RegisterSickCall for anonymous in "));
    }
}

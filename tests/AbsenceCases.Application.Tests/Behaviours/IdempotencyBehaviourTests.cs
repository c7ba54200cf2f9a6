using AbsenceCases.Application.Common.Behaviours;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Application.Workflow;
using AbsenceCases.Domain.Requests;
using AbsenceCases.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Application.Tests.Behaviours;

/// <summary>
/// The database is mocked at the level the behaviour uses it: a transaction, a lookup by key and an insert.
/// Racing requests against a real database are left to the functional tests.
/// </summary>
public sealed class IdempotencyBehaviourTests
{
    private static readonly Guid CaseId = Guid.Parse("0195a0c4-7e00-7000-8000-000000000001");

    private static readonly RegisterSickCall SickCall = new(42, null, Clocks.Today, AbsenceType.OwnIllness, null, null, "Ringede kl. 7")
    {
        IdempotencyKey = "7d1c2f0e-key",
    };

    private readonly Mock<IApplicationDbContext> _db = new();
    private readonly Mock<DbSet<IdempotencyRecord>> _records = new();
    private readonly Mock<IDbContextTransaction> _transaction = new();
    private readonly List<IdempotencyRecord> _added = [];
    private IdempotencyRecord? _stored;

    [SetUp]
    public void CreateDatabase()
    {
        _db.Setup(d => d.BeginTransactionAsync(It.IsAny<CancellationToken>())).ReturnsAsync(_transaction.Object);
        _records.Setup(s => s.FindAsync(It.IsAny<object?[]?>(), It.IsAny<CancellationToken>()))
            .Returns(() => ValueTask.FromResult(_stored));
        _records.Setup(s => s.Add(It.IsAny<IdempotencyRecord>())).Callback((IdempotencyRecord record) => _added.Add(record));
        _db.SetupGet(d => d.IdempotencyRecords).Returns(_records.Object);
        _db.Setup(d => d.SaveChangesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(1);
    }

    [Test]
    public async Task ShouldLetARequestThatCannotCarryAKeyThrough()
    {
        var strictDb = new Mock<IApplicationDbContext>(MockBehavior.Strict);
        var next = NextStep<WorkflowDescription>.Answering(new WorkflowDescription([], [], []));

        await new IdempotencyBehaviour<GetWorkflow, WorkflowDescription>(strictDb.Object, Users.Manager(), Clocks.OnMondayMorning())
            .Handle(new GetWorkflow(), CancellationToken.None, next.Delegate);

        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [TestCase(null)]
    [TestCase("")]
    public async Task ShouldLetARequestWithoutAKeyThrough(string? key)
    {
        var strictDb = new Mock<IApplicationDbContext>(MockBehavior.Strict);
        var next = NextStep<SickCallRegistered>.Answering(new SickCallRegistered(CaseId, false));

        await new IdempotencyBehaviour<RegisterSickCall, SickCallRegistered>(strictDb.Object, Users.Manager(), Clocks.OnMondayMorning())
            .Handle(SickCall with { IdempotencyKey = key }, CancellationToken.None, next.Delegate);

        Assert.That(next.Calls, Is.EqualTo(1));
    }

    [Test]
    public async Task ShouldKeepTheFirstAnswerUnderTheCallersKey()
    {
        var next = NextStep<SickCallRegistered>.Answering(new SickCallRegistered(CaseId, AddedToOpenCase: false));

        var response = await Behaviour().Handle(SickCall, CancellationToken.None, next.Delegate);

        Assert.That(response, Is.EqualTo(new SickCallRegistered(CaseId, false)));
        Assert.That(next.Calls, Is.EqualTo(1));
        Assert.That(_added, Has.Count.EqualTo(1));
        var record = _added[0];
        Assert.Multiple(() =>
        {
            Assert.That(record.UserId, Is.EqualTo(Users.ManagerId));
            Assert.That(record.Key, Is.EqualTo("7d1c2f0e-key"));
            Assert.That(record.RequestName, Is.EqualTo("RegisterSickCall"));
            Assert.That(record.RequestHash, Does.Match("^[0-9A-F]{64}$"), "a SHA-256 in hex");
            Assert.That(record.Response, Is.EqualTo("{\"CaseId\":\"0195a0c4-7e00-7000-8000-000000000001\",\"AddedToOpenCase\":false}"));
            Assert.That(record.CreatedAt, Is.EqualTo(new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero)));
        });
        _records.Verify(s => s.FindAsync(new object?[] { Users.ManagerId, "7d1c2f0e-key" }, It.IsAny<CancellationToken>()), Times.Once);
        _db.Verify(d => d.SaveChangesAsync(It.IsAny<CancellationToken>()), Times.Once);
        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Test]
    public async Task ShouldAnswerARepeatWithTheFirstAnswerWithoutDoingItAgain()
    {
        await Behaviour().Handle(SickCall, CancellationToken.None, NextStep<SickCallRegistered>.Answering(new SickCallRegistered(CaseId, false)).Delegate);
        _stored = _added.Single();
        var repeat = NextStep<SickCallRegistered>.Answering(new SickCallRegistered(Guid.NewGuid(), true));

        var response = await Behaviour().Handle(SickCall, CancellationToken.None, repeat.Delegate);

        Assert.That(response, Is.EqualTo(new SickCallRegistered(CaseId, false)));
        Assert.That(repeat.Calls, Is.Zero);
        Assert.That(_added, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ShouldRefuseTheKeyForADifferentRequest()
    {
        await Behaviour().Handle(SickCall, CancellationToken.None, NextStep<SickCallRegistered>.Answering(new SickCallRegistered(CaseId, false)).Delegate);
        _stored = _added.Single();
        var other = NextStep<SickCallRegistered>.Answering(new SickCallRegistered(Guid.NewGuid(), false));

        var exception = Assert.ThrowsAsync<ConflictException>(
            () => Behaviour().Handle(SickCall with { Note = "Ringede kl. 8" }, CancellationToken.None, other.Delegate));

        Assert.That(exception!.Refusal.Code, Is.EqualTo(RefusalCodes.Conflict.IdempotencyKeyReused));
        Assert.That(other.Calls, Is.Zero);
    }

    [Test]
    public void ShouldKeepNothingWhenTheRequestFails()
    {
        var next = NextStep<SickCallRegistered>.Throwing(new ConflictException(SickCallCodes.AlreadyAbsentStill));

        Assert.ThrowsAsync<ConflictException>(() => Behaviour().Handle(SickCall, CancellationToken.None, next.Delegate));

        Assert.That(_added, Is.Empty);
        _transaction.Verify(t => t.CommitAsync(It.IsAny<CancellationToken>()), Times.Never);
        _transaction.Verify(t => t.DisposeAsync(), Times.Once);
    }

    private IdempotencyBehaviour<RegisterSickCall, SickCallRegistered> Behaviour() =>
        new(_db.Object, Users.Manager(), Clocks.OnMondayMorning());
}

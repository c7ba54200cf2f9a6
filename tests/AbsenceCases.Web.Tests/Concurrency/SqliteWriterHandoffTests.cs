using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Concurrency;

/// <summary>
/// The handoff of SQLite's writer between an import's chunks and the transactions that begin meanwhile: they wait for the
/// chunk, not for SQLite's busy retries, and the import's next chunk waits until they have begun.
/// </summary>
public sealed class SqliteWriterHandoffTests
{
    /// <summary>Longer than any test waits for a step that should complete.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SqliteWriterHandoff _handoff = new();
    private readonly Guid _audit = Guid.NewGuid();
    private readonly Guid _otherAudit = Guid.NewGuid();

    [Test]
    public void ShouldLetATransactionBeginAtOnceWhileNoChunkHoldsTheWriter()
    {
        var beginning = _handoff.BeginningAsync(_audit, CancellationToken.None);

        Assert.That(beginning.IsCompletedSuccessfully, Is.True);
        Assert.That(_handoff.AnyWaiting, Is.False);
    }

    [Test]
    public async Task ShouldKeepATransactionWaitingUntilTheChunkEnds()
    {
        _handoff.ChunkBegan();

        var beginning = _handoff.BeginningAsync(_audit, CancellationToken.None);
        Assert.That(beginning.IsCompleted, Is.False);
        Assert.That(_handoff.AnyWaiting, Is.True);

        _handoff.ChunkEnded();
        await beginning.WaitAsync(Patience);
        _handoff.Began(_audit);
        Assert.That(_handoff.AnyWaiting, Is.False);
    }

    [Test]
    public async Task ShouldEndTheTurnOnceEveryWaitingTransactionHasBegun()
    {
        _handoff.ChunkBegan();
        var first = _handoff.BeginningAsync(_audit, CancellationToken.None);
        var second = _handoff.BeginningAsync(_otherAudit, CancellationToken.None);
        _handoff.ChunkEnded();
        await Task.WhenAll(first, second).WaitAsync(Patience);

        var turn = _handoff.TurnAsync(TimeSpan.FromHours(1), CancellationToken.None);
        _handoff.Began(_audit);
        Assert.That(turn.IsCompleted, Is.False, "the turn ended before the second transaction began");

        _handoff.Began(_otherAudit);
        await turn.WaitAsync(Patience);
    }

    [Test]
    public async Task ShouldStillSeeATransactionThatHadNotBegunWhenTheTurnRanOut()
    {
        _handoff.ChunkBegan();
        var beginning = _handoff.BeginningAsync(_audit, CancellationToken.None);
        _handoff.ChunkEnded();
        await beginning.WaitAsync(Patience);

        await _handoff.TurnAsync(TimeSpan.Zero, CancellationToken.None).WaitAsync(Patience);
        _handoff.ChunkBegan();

        Assert.That(_handoff.AnyWaiting, Is.True);
    }

    [Test]
    public async Task ShouldForgetATransactionWhoseWaitWasCancelled()
    {
        _handoff.ChunkBegan();
        using var cancellation = new CancellationTokenSource();
        var beginning = _handoff.BeginningAsync(_audit, cancellation.Token);

        await cancellation.CancelAsync();

        Assert.That(async () => await beginning.WaitAsync(Patience), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(_handoff.AnyWaiting, Is.False);
    }
}

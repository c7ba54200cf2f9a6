namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// Hands SQLite's single writer over between a bulk write that commits in chunks (an import) and the transactions of
/// this process that begin meanwhile, such as the audit row of a read. While a chunk holds the writer, such a
/// transaction waits here instead of in the database's busy loop, which would retry only every 150 ms; the bulk write
/// sees it waiting, ends its chunk, and begins the next one as soon as every waiting transaction has begun. Writers it
/// cannot see (a save without a transaction, another connection's SQL) get a fixed turn instead. A transaction let in
/// that has not begun when the next chunk begins (a process short of CPU) stays waiting and is let in after that chunk.
/// </summary>
internal sealed class SqliteWriterHandoff
{
    /// <summary>A transaction waiting longer has failed to begin (Microsoft.Data.Sqlite gives up after 30 s) and is no longer waited for.</summary>
    private const long GiveUpAfterMs = 60_000;

    private readonly Lock _lock = new();

    /// <summary>The connections whose transaction waits, with when it began to wait (<see cref="Environment.TickCount64"/>).</summary>
    private readonly Dictionary<Guid, long> _waiting = [];
    private TaskCompletionSource? _chunk;
    private TaskCompletionSource? _allBegun;

    /// <summary>Whether a transaction waits for the chunk that holds the writer.</summary>
    public bool AnyWaiting
    {
        get
        {
            lock (_lock)
            {
                return _waiting.Count > 0;
            }
        }
    }

    /// <summary>Before a transaction on the connection begins: waits while a chunk holds the writer.</summary>
    public async Task BeginningAsync(Guid connectionId, CancellationToken cancellationToken)
    {
        Task chunk;
        lock (_lock)
        {
            if (_chunk is null)
            {
                return;
            }

            _waiting[connectionId] = Environment.TickCount64;
            chunk = _chunk.Task;
        }

        try
        {
            await chunk.WaitAsync(cancellationToken);
        }
        catch
        {
            Began(connectionId);
            throw;
        }
    }

    /// <summary>The transaction on the connection has begun.</summary>
    public void Began(Guid connectionId)
    {
        lock (_lock)
        {
            if (_waiting.Remove(connectionId) && _waiting.Count == 0)
            {
                _allBegun?.TrySetResult();
            }
        }
    }

    /// <summary>A chunk has taken the writer: transactions beginning from now on wait for it.</summary>
    public void ChunkBegan()
    {
        lock (_lock)
        {
            _chunk = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>The chunk has committed or rolled back: the waiting transactions begin.</summary>
    public void ChunkEnded()
    {
        lock (_lock)
        {
            if (_chunk is null)
            {
                return;
            }

            var now = Environment.TickCount64;
            foreach (var (connectionId, since) in _waiting)
            {
                if (now - since > GiveUpAfterMs)
                {
                    _waiting.Remove(connectionId);
                }
            }

            _allBegun = _waiting.Count == 0 ? null : new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _chunk.TrySetResult();
            _chunk = null;
        }
    }

    /// <summary>
    /// The turn between two chunks: until the transactions let in at the end of the last chunk have begun, at most
    /// <paramref name="turn"/>; when none waited, all of <paramref name="turn"/>, for the writers this cannot see.
    /// </summary>
    public async Task TurnAsync(TimeSpan turn, CancellationToken cancellationToken)
    {
        Task? allBegun;
        lock (_lock)
        {
            allBegun = _allBegun?.Task;
        }

        if (allBegun is null)
        {
            await Task.Delay(turn, cancellationToken);
            return;
        }

        try
        {
            await allBegun.WaitAsync(turn, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Those still waiting are let in after the next chunk.
        }

        lock (_lock)
        {
            _allBegun = null;
        }
    }
}

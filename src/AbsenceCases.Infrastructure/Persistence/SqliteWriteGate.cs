using AbsenceCases.Application.Common.Exceptions;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// The write lock's turn among the units of work of this process. A SQLite database has one instance (section 10),
/// so the process is the whole installation; the turn outlives a transaction, so that an import can commit in
/// chunks and let the audit rows of reads in between without letting a sick call decide on half-imported spells.
/// </summary>
internal sealed class SqliteWriteGate : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Waits for the turn at most <paramref name="patience"/>; then the database counts as busy.</summary>
    public async Task<IDisposable> EnterAsync(TimeSpan patience, CancellationToken cancellationToken)
    {
        if (!await _turn.WaitAsync(patience, cancellationToken))
        {
            throw new DatabaseBusyException();
        }

        return new Turn(_turn);
    }

    public void Dispose() => _turn.Dispose();

    private sealed class Turn(SemaphoreSlim turn) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}

using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// A held write lock: the transaction it began (none when it joined the request's own) and, on SQLite, the writer's
/// turn in this process. <paramref name="reopen"/> begins the next transaction after a pause; without it the
/// transaction is never paused. <paramref name="writersWaiting"/> tells whether other transactions wait for it.
/// </summary>
internal sealed class WriteLockScope(
    IDbContextTransaction? transaction,
    IDisposable? turn,
    Func<CancellationToken, Task<IDbContextTransaction>>? reopen = null,
    Func<bool>? writersWaiting = null)
    : IWriteLockScope
{
    private IDbContextTransaction? _transaction = transaction;

    public bool WritersWaiting => writersWaiting?.Invoke() ?? false;

    public async Task PauseAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null || reopen is null)
        {
            return;
        }

        await _transaction.CommitAsync(cancellationToken);
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null && reopen is not null)
        {
            _transaction = await reopen(cancellationToken);
        }
    }

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        turn?.Dispose();
    }
}

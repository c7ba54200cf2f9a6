using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// The held transaction of an audited request. It begins at the request's first save or first explicit transaction,
/// not before, so that on SQLite a read takes the single write lock only for its audit row.
/// </summary>
public sealed partial class ApplicationDbContext
{
    private HeldChanges? _held;

    public IHeldChanges HoldChanges() =>
        _held is not null || Database.CurrentTransaction is not null ? JoinedHold.Instance : _held = new HeldChanges(this);

    public async Task<IDbContextTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        if (_held is not null)
        {
            await _held.BeginAsync(cancellationToken);
        }

        return Database.CurrentTransaction is { } running
            ? new JoinedTransaction(running)
            : await Database.BeginTransactionAsync(cancellationToken);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (_held is not null)
        {
            await _held.BeginAsync(cancellationToken);
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        _held?.Begin();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    private sealed class HeldChanges(ApplicationDbContext db) : IHeldChanges
    {
        private IDbContextTransaction? _transaction;

        public void Begin()
        {
            if (_transaction is null && db.Database.CurrentTransaction is null)
            {
                _transaction = db.Database.BeginTransaction();
            }
        }

        public async Task BeginAsync(CancellationToken cancellationToken)
        {
            if (_transaction is null && db.Database.CurrentTransaction is null)
            {
                _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        public async Task CommitAsync(CancellationToken cancellationToken)
        {
            if (_transaction is not null)
            {
                await _transaction.CommitAsync(cancellationToken);
            }

            await DisposeAsync();
        }

        /// <summary>Rolls back what was saved unless it was committed, and lets later saves commit on their own.</summary>
        public async ValueTask DisposeAsync()
        {
            if (db._held != this)
            {
                return;
            }

            db._held = null;
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync();
            }
        }
    }

    /// <summary>A hold within a hold, or within a transaction already running: its owner commits.</summary>
    private sealed class JoinedHold : IHeldChanges
    {
        public static readonly JoinedHold Instance = new();

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    /// <summary>A transaction joined: committing, rolling back and disposing are left to the one who began it.</summary>
    private sealed class JoinedTransaction(IDbContextTransaction running) : IDbContextTransaction, IInfrastructure<DbTransaction>
    {
        public Guid TransactionId => running.TransactionId;

        DbTransaction IInfrastructure<DbTransaction>.Instance => running.GetDbTransaction();

        public void Commit()
        {
        }

        public Task CommitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Rollback()
        {
        }

        public Task RollbackAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

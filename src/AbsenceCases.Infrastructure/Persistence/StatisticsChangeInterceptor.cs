using System.Runtime.CompilerServices;
using AbsenceCases.Domain.Employees;
using AbsenceCases.Infrastructure.Statistics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AbsenceCases.Infrastructure.Persistence;

/// <summary>
/// Reports saved changes of spells, employments, employees and units to the statistics (sick calls, returns,
/// closing and reopening change spells through the case; imports change employees and units). A change saved
/// inside a transaction is reported again when the transaction commits, so that no query can keep the facts
/// it read before the commit. The transaction writes its row of the change feed for the other instances as it commits
/// (a save outside a transaction runs in one of its own for that), with what code writing SQL recorded through
/// <see cref="Record"/>.
/// </summary>
internal sealed class StatisticsChangeInterceptor(AbsenceFactStore changes, StatisticsChangeWriter feed) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, PendingChanges> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Report(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Report(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Records a change that <paramref name="context"/>'s open transaction writes with SQL; it is reported when that transaction commits.</summary>
    public void Record(DbContext context, IEnumerable<int> employeeIds, bool everything)
    {
        if (context.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A change to the statistics' data is recorded inside the transaction that writes it.");
        }

        var pending = _pending.GetOrCreateValue(context);
        pending.Committing.UnionWith(employeeIds);
        pending.CommittingUnits |= everything;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (Committing(eventData.Context) is { } change)
        {
            feed.Write(transaction, eventData.Context!, change.EmployeeIds, change.Everything);
        }

        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Committing(eventData.Context) is { } change)
        {
            await feed.WriteAsync(transaction, eventData.Context!, change.EmployeeIds, change.Everything, cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => ReportCommitted(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ReportCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        pending.Saving.Clear();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case AbsenceSpell or Employment:
                case Employee when entry.State == EntityState.Deleted:
                    pending.Saving.Add(entry.Entity);
                    break;
                case OrganisationUnit:
                    pending.SavingUnits = true;
                    break;
            }
        }

        if (pending.Saving.Count > 0 || pending.SavingUnits)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    /// <summary>What the committing transaction changed: what it saved before, and what the save now committing saves.</summary>
    private (IReadOnlyCollection<int> EmployeeIds, bool Everything)? Committing(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return null;
        }

        var employeeIds = pending.Committing.Concat(pending.Saving.Select(EmployeeIdOf)).ToHashSet();
        var everything = pending.CommittingUnits || pending.SavingUnits;
        return employeeIds.Count > 0 || everything ? (employeeIds, everything) : null;
    }

    private void Report(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        var employeeIds = pending.Saving.Select(EmployeeIdOf).ToHashSet();
        var everything = pending.SavingUnits;
        Forget(context);
        if (context.Database.CurrentTransaction is not null)
        {
            pending.Committing.UnionWith(employeeIds);
            pending.CommittingUnits |= everything;
        }

        Tell(employeeIds, everything);
    }

    private void ReportCommitted(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        Tell(pending.Committing, pending.CommittingUnits);
        pending.Committing = [];
        pending.CommittingUnits = false;
    }

    private void Tell(HashSet<int> employeeIds, bool everything)
    {
        if (everything)
        {
            changes.EverythingChanged();
        }
        else if (employeeIds.Count > 0)
        {
            changes.EmployeesChanged(employeeIds);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.Saving.Clear();
            pending.SavingUnits = false;
        }
    }

    private static int EmployeeIdOf(object entity) => entity switch
    {
        AbsenceSpell spell => spell.EmployeeId,
        Employment employment => employment.EmployeeId,
        Employee employee => employee.Id,
        _ => throw new ArgumentException($"Not a statistics entity: {entity.GetType().Name}.", nameof(entity)),
    };

    private sealed class PendingChanges
    {
        public List<object> Saving { get; } = [];

        public bool SavingUnits { get; set; }

        public HashSet<int> Committing { get; set; } = [];

        public bool CommittingUnits { get; set; }
    }
}

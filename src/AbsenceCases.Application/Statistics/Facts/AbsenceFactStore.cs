using System.Diagnostics;
using AbsenceCases.Application.Common.Memory;
using AbsenceCases.Domain.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Application.Statistics.Facts;

/// <summary>
/// Holds the statistics' facts in memory for the whole application. They are built from the database on first
/// use; afterwards every change reported through <see cref="IStatisticsChanges"/> is applied before the next
/// query reads them: the changed employees are reloaded and their facts replaced, or, when the organisation
/// changed or too many employees did, everything is built anew. Changes committed by other instances on the database
/// are read from the <see cref="IStatisticsChangeFeed"/> first. Queries read concurrently; applying a change waits for
/// them.
/// </summary>
public sealed class AbsenceFactStore(
    IServiceScopeFactory scopes, IStatisticsChangeFeed feed, WorkingDayCalendar calendar, MunicipalClock clock, ILogger<AbsenceFactStore> logger)
    : IStatisticsChanges, IDisposable
{
    /// <summary>Above this many changed employees, building anew is quicker than replacing their facts.</summary>
    public const int MaxEmployeesToReplace = 2_000;

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private readonly ReaderWriterLockSlim _facts = new();
    private readonly Lock _changes = new();
    private HashSet<int> _changedEmployees = [];
    private long _version = 1;
    private long _builtVersion;
    private AbsenceFacts? _current;

    public void EmployeesChanged(IEnumerable<int> employeeIds)
    {
        lock (_changes)
        {
            _changedEmployees.UnionWith(employeeIds);
            if (_changedEmployees.Count > MaxEmployeesToReplace)
            {
                _changedEmployees = [];
                _version++;
            }
        }
    }

    public void EverythingChanged()
    {
        lock (_changes)
        {
            _changedEmployees = [];
            _version++;
        }
    }

    /// <summary>Brings the facts up to date with every change reported so far.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await feed.CatchUpAsync(this, cancellationToken);
        if (IsCurrent())
        {
            return;
        }

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            while (!IsCurrent())
            {
                await RefreshOnceAsync(cancellationToken);
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose()
    {
        _refreshing.Dispose();
        _facts.Dispose();
    }

    /// <summary>Runs a computation on current facts.</summary>
    internal async Task<T> ReadAsync<T>(Func<AbsenceFacts, T> read, CancellationToken cancellationToken)
    {
        await RefreshAsync(cancellationToken);
        _facts.EnterReadLock();
        try
        {
            return read(_current!);
        }
        finally
        {
            _facts.ExitReadLock();
        }
    }

    private bool IsCurrent()
    {
        lock (_changes)
        {
            return _current is not null && _builtVersion == _version && _changedEmployees.Count == 0;
        }
    }

    private async Task RefreshOnceAsync(CancellationToken cancellationToken)
    {
        long version;
        HashSet<int> changed;
        lock (_changes)
        {
            version = _version;
            changed = _changedEmployees;
            _changedEmployees = [];
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<IStatisticsSource>();
            if (_current is null || _builtVersion != version)
            {
                await BuildAsync(source, version, cancellationToken);
            }
            else
            {
                await ReplaceAsync(source, changed, cancellationToken);
            }
        }
        catch
        {
            lock (_changes)
            {
                _changedEmployees.UnionWith(changed);
            }

            throw;
        }
    }

    private async Task BuildAsync(IStatisticsSource source, long version, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var facts = AbsenceFacts.Build(await source.LoadAllAsync(cancellationToken), calendar, clock.Today);
        var computed = stopwatch.Elapsed;
        _facts.EnterWriteLock();
        try
        {
            _current = facts;
            _builtVersion = version;
        }
        finally
        {
            _facts.ExitWriteLock();
        }

        var (employees, employments, spells) = facts.Counts();
        LargeBatch.ReleaseMemory(spells);
        logger.LogInformation(
            "Statistics facts built for {Units} units, {Employees} employees, {Employments} employments and {Spells} spells in {Elapsed} ms " +
            "(read and added up in {Computed} ms)",
            facts.Units.Count - 1, employees, employments, spells, (long)stopwatch.Elapsed.TotalMilliseconds, (long)computed.TotalMilliseconds);
    }

    private async Task ReplaceAsync(IStatisticsSource source, HashSet<int> changed, CancellationToken cancellationToken)
    {
        var data = await source.LoadEmployeesAsync(changed, cancellationToken);
        bool replaced;
        _facts.EnterWriteLock();
        try
        {
            replaced = _current!.TryReplace(changed, data);
        }
        finally
        {
            _facts.ExitWriteLock();
        }

        if (!replaced)
        {
            logger.LogInformation("Statistics facts: a change reaches outside the months held; building anew");
            EverythingChanged();
        }
    }
}

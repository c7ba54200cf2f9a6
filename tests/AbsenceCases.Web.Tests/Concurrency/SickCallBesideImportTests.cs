using AbsenceCases.Application.Common.Interfaces;
using AbsenceCases.Application.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Concurrency;

/// <summary>
/// An absence import holds the write lock from before it reads the stored spells until its last row is written, so a
/// sick call sent meanwhile is decided on the import's spells: one spell for the days, not two side by side.
/// </summary>
public sealed class SickCallBesideImportTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    /// <summary>How long a step may take before the test gives up waiting for it.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly LockObserver _observer = new();
    private AbsenceCasesFactory _factory = null!;
    private TestWorld _world = null!;

    [SetUp]
    public async Task StartInstallation()
    {
        _factory = AbsenceCasesFactory.OnNewDatabase(testServices: services => LockObserver.Observe(services, _observer));
        _world = await TestWorld.CreateAsync(_factory);
    }

    [TearDown]
    public async Task StopInstallation()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Test]
    public async Task ShouldStoreOneSpellWhenASickCallArrivesWhileAnImportReadsItsFile()
    {
        var file = "employee_number;first_day;last_day;percent;absence_type\n" + $"1001;{Today.AddDays(-1):yyyy-MM-dd};;100;own_illness\n";
        var hr = await _world.Hr();
        var manager = await _world.ManagerA();

        var import = hr.PostCsv("/api/imports/absences", file);
        await _observer.FirstPaused.Task.WaitAsync(Patience);
        var sickCall = manager.PostJson("/api/sick-calls", new { employeeId = _world.EmployeeA, firstDay = Today, absenceType = "own_illness" });
        var first = await Task.WhenAny(sickCall, _observer.SecondRequested.Task).WaitAsync(Patience);
        Assert.That(first, Is.SameAs(_observer.SecondRequested.Task),
            $"the sick call was answered while the import held the write lock: {(first == sickCall ? await sickCall.Result.Content.ReadAsStringAsync() : null)}");
        _observer.Release();

        Assert.That(await (await import).Read<ImportResult>(), Is.EqualTo(new ImportResult(1, 0, 0)));
        var problem = await (await sickCall).Problem(HttpStatusCode.Conflict);
        Assert.That(problem.GetProperty("detail").GetString(), Is.EqualTo(
            $"The employee is already registered absent (own_illness) from {Today.AddDays(-1):yyyy-MM-dd} (still open)."));
        var spells = await _world.InDatabase(db => db.Spells.Where(s => s.EmployeeId == _world.EmployeeA).Select(s => s.FirstDay).ToListAsync());
        Assert.That(spells, Is.EqualTo(new[] { Today.AddDays(-1) }));
    }

    /// <summary>
    /// Sees the host's write lock at work and holds its first holder at its first pause (an import that has read the
    /// stored data and is about to read its file) until the test releases it; tells when a second unit of work asks.
    /// </summary>
    private sealed class LockObserver
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _requests;

        public TaskCompletionSource FirstPaused { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SecondRequested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Wraps the host's own write lock.</summary>
        public static void Observe(IServiceCollection services, LockObserver observer)
        {
            var real = services.Last(d => d.ServiceType == typeof(IWriteLock));
            services.Remove(real);
            services.AddScoped<IWriteLock>(provider =>
                new ObservedWriteLock((IWriteLock)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!), observer));
        }

        public void Release() => _release.TrySetResult();

        private sealed class ObservedWriteLock(IWriteLock inner, LockObserver observer) : IWriteLock
        {
            public Task<IWriteLockScope> AcquireAsync(CancellationToken cancellationToken) =>
                ObserveAsync(() => inner.AcquireAsync(cancellationToken));

            public Task<IWriteLockScope> AcquireForChunksAsync(CancellationToken cancellationToken) =>
                ObserveAsync(() => inner.AcquireForChunksAsync(cancellationToken));

            private async Task<IWriteLockScope> ObserveAsync(Func<Task<IWriteLockScope>> acquire)
            {
                var request = Interlocked.Increment(ref observer._requests);
                if (request == 2)
                {
                    observer.SecondRequested.TrySetResult();
                }

                var scope = await acquire();
                return request == 1 ? new HeldAtFirstPause(scope, observer) : scope;
            }
        }

        private sealed class HeldAtFirstPause(IWriteLockScope inner, LockObserver observer) : IWriteLockScope
        {
            public async Task PauseAsync(CancellationToken cancellationToken)
            {
                await inner.PauseAsync(cancellationToken);
                observer.FirstPaused.TrySetResult();
                await observer._release.Task;
            }

            public Task ResumeAsync(CancellationToken cancellationToken) => inner.ResumeAsync(cancellationToken);

            public Task CommitAsync(CancellationToken cancellationToken) => inner.CommitAsync(cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}

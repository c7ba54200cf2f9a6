using AbsenceCases.Application.Common.Interfaces;
using AbsenceCases.Application.Imports;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Concurrency;

/// <summary>
/// An absence import holds the write lock from before it reads the stored spells until its last row is written, so a
/// sick call sent meanwhile is decided on the import's spells: one spell for the days, not two side by side. While it
/// reads, it holds no writer of the database, so an audited read gets its audit row in.
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
        var hr = await _world.Hr();

        var import = hr.PostCsv("/api/imports/absences", File);
        await _observer.FirstHeld.Task.WaitAsync(Patience);

        await AssertTheSickCallWaitsAndLosesTo(import);
    }

    [Test]
    public async Task ShouldAnswerAnAuditedReadWhileAnImportReadsTheStoredSpells()
    {
        _observer.HoldWhileReading = true;
        var hr = await _world.Hr();

        var import = hr.PostCsv("/api/imports/absences", File);
        await _observer.FirstHeld.Task.WaitAsync(Patience);
        using var read = await hr.GetAsync($"/api/employees?unitId={_world.UnitA}").WaitAsync(Patience);

        Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.OK), await read.Content.ReadAsStringAsync());
        Assert.That(await _world.InDatabase(db => db.AuditEntries.CountAsync(a => a.Action == "ListEmployees")), Is.EqualTo(1));
        await AssertTheSickCallWaitsAndLosesTo(import);
    }

    private static string File => "employee_number;first_day;last_day;percent;absence_type\n" + $"1001;{Today.AddDays(-1):yyyy-MM-dd};;100;own_illness\n";

    /// <summary>A sick call for the employee of the file, sent while the import is held, waits for it and is refused after it.</summary>
    private async Task AssertTheSickCallWaitsAndLosesTo(Task<HttpResponseMessage> import)
    {
        var manager = await _world.ManagerA();
        var sickCall = manager.PostJson("/api/sick-calls", new { employeeId = _world.EmployeeA, firstDay = Today, absenceType = "own_illness" });
        var first = await Task.WhenAny(sickCall, _observer.SecondRequested.Task).WaitAsync(Patience);
        Assert.That(first, Is.SameAs(_observer.SecondRequested.Task),
            $"the sick call was answered while the import held the write lock: {(first == sickCall ? await sickCall.Result.Content.ReadAsStringAsync() : null)}");
        _observer.Release();

        Assert.That(await (await import).Read<ImportResult>(), Is.EqualTo(new ImportResult(1, 0, 0)));
        var problem = await (await sickCall).Problem(HttpStatusCode.Conflict);
        Assert.That(problem.Codes(), Is.EqualTo(new[] { $"sickCall.alreadyAbsentStill(type: own_illness, from: {Today.AddDays(-1):yyyy-MM-dd})" }));
        var spells = await _world.InDatabase(db => db.Spells.Where(s => s.EmployeeId == _world.EmployeeA).Select(s => s.FirstDay).ToListAsync());
        Assert.That(spells, Is.EqualTo(new[] { Today.AddDays(-1) }));
    }

    /// <summary>
    /// Sees the host's write lock at work and holds its first holder until the test releases it: at its first pause (an
    /// import that has read the stored data and is about to read its file), or, with <see cref="HoldWhileReading"/>, in
    /// its first transaction once it has read the stored spells there. Tells when a second unit of work asks.
    /// </summary>
    private sealed class LockObserver
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _requests;

        public bool HoldWhileReading { get; set; }

        public TaskCompletionSource FirstHeld { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SecondRequested { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Wraps the host's own write lock.</summary>
        public static void Observe(IServiceCollection services, LockObserver observer)
        {
            var real = services.Last(d => d.ServiceType == typeof(IWriteLock));
            services.Remove(real);
            services.AddScoped<IWriteLock>(provider => new ObservedWriteLock(
                (IWriteLock)ActivatorUtilities.CreateInstance(provider, real.ImplementationType!), provider.GetRequiredService<ApplicationDbContext>(), observer));
        }

        public void Release() => _release.TrySetResult();

        private async Task HoldAsync()
        {
            FirstHeld.TrySetResult();
            await _release.Task;
        }

        private sealed class ObservedWriteLock(IWriteLock inner, ApplicationDbContext db, LockObserver observer) : IWriteLock
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
                if (request != 1)
                {
                    return scope;
                }

                if (!observer.HoldWhileReading)
                {
                    return new HeldAtFirstPause(scope, observer);
                }

                await db.Spells.CountAsync();
                await observer.HoldAsync();
                return scope;
            }
        }

        private sealed class HeldAtFirstPause(IWriteLockScope inner, LockObserver observer) : IWriteLockScope
        {
            public bool WritersWaiting => inner.WritersWaiting;

            public async Task PauseAsync(CancellationToken cancellationToken)
            {
                await inner.PauseAsync(cancellationToken);
                await observer.HoldAsync();
            }

            public Task ResumeAsync(CancellationToken cancellationToken) => inner.ResumeAsync(cancellationToken);

            public Task CommitAsync(CancellationToken cancellationToken) => inner.CommitAsync(cancellationToken);

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}

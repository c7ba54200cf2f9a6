using AbsenceCases.Domain.Auditing;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// A change and its audit row commit in one transaction: a request that fails after its handler saved leaves neither,
/// and neither does a failure to save the audit row. Each row carries the caller's address.
/// </summary>
public sealed class AuditTransactionTests
{
    private static readonly DateOnly Today = new(2026, 3, 16);

    private AbsenceCasesFactory _factory = null!;

    [TearDown]
    public async Task StopInstallation()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Test]
    public async Task ShouldRecordTheClientAddressOfTheCaller()
    {
        var world = await Start(services => services.AddSingleton<IStartupFilter>(new CallerAt(IPAddress.Parse("203.0.113.7"))));

        await (await world.Hr()).GetAsync("/api/cases");

        var row = await world.InDatabase(db => db.AuditEntries.SingleAsync(a => a.Action == "ListCases"));
        Assert.That(row.ClientAddress, Is.EqualTo("203.0.113.7"));
    }

    [Test]
    public async Task ShouldLeaveNeitherTheCaseNorAnAllowedRowWhenTheHandlerFailsAfterSaving()
    {
        var world = await Start(services => services.ConfigureDbContext<ApplicationDbContext>(
            options => options.AddInterceptors(new FailAfterSaving(saved => saved.Entries<AbsenceCase>().Any()))));

        var response = await (await world.ManagerA()).PostJson("/api/sick-calls", SickCall(world));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await world.InDatabase(db => db.Cases.CountAsync()), Is.Zero);
        Assert.That(await world.InDatabase(db => db.AuditEntries.CountAsync(a => a.Action == "RegisterSickCall")), Is.Zero);
    }

    [Test]
    public async Task ShouldLeaveNoCaseWhenItsAuditRowCannotBeSaved()
    {
        var world = await Start(services => services.ConfigureDbContext<ApplicationDbContext>(
            options => options.AddInterceptors(new FailAfterSaving(saved => saved.Entries<AuditEntry>().Any(e => e.Entity.Action == "RegisterSickCall")))));

        var response = await (await world.ManagerA()).PostJson("/api/sick-calls", SickCall(world));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(await world.InDatabase(db => db.Cases.CountAsync()), Is.Zero);
        Assert.That(await world.InDatabase(db => db.Spells.CountAsync()), Is.Zero);
    }

    private static object SickCall(TestWorld world) => new { employeeId = world.EmployeeA, firstDay = Today, absenceType = "own_illness" };

    private async Task<TestWorld> Start(Action<IServiceCollection> services)
    {
        _factory = new AbsenceCasesFactory(AbsenceCasesFactory.NewDatabasePath(), new FakeTimeProvider(AbsenceCasesFactory.DefaultNow), testServices: services);
        return await TestWorld.CreateAsync(_factory);
    }

    /// <summary>Every request of the test host comes from this address, as a real connection's would.</summary>
    private sealed class CallerAt(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>Fails a save once it has written its rows, when the rows are those the test is about: a failure the database cannot see.</summary>
    private sealed class FailAfterSaving(Func<Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker, bool> when) : SaveChangesInterceptor
    {
        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            when(eventData.Context!.ChangeTracker)
                ? throw new InvalidOperationException("The server failed after the rows were written.")
                : ValueTask.FromResult(result);
    }
}

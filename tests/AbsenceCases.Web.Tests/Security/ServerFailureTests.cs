using System.Text.Json;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AbsenceCases.Web.Tests.Security;

/// <summary>
/// When the server, not the caller, is at fault: an unexpected failure is a 500 with the trace id and no details,
/// logged with that trace id; a busy database is a 503 with Retry-After; a change someone else saved in between
/// is a 409, or a 412 when the request carried If-Match. Never a 500 for those.
/// </summary>
public sealed class ServerFailureTests
{
    private AbsenceCasesFactory _factory = null!;

    [TearDown]
    public async Task StopInstallation()
    {
        await _factory.DisposeAsync();
        _factory.DeleteDatabase();
    }

    [Test]
    public async Task ShouldLogAnUnexpectedFailureWithTheTraceIdItAnswers()
    {
        var logs = new RecordedLogs();
        var failure = new InvalidOperationException("Internal detail: /srv/absencecases/units.db");
        var world = await Start(services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            services.AddScoped<IUnitImporter>(_ => new FailingImporter(failure));
        });

        var response = await (await world.Hr()).PostCsv("/api/imports/units", "unit_code;name;kind;parent_code;is_pilot\n");

        var problem = await response.Problem(HttpStatusCode.InternalServerError);
        var traceId = problem.GetProperty("traceId").GetString()!;
        Assert.That(traceId, Is.Not.Empty);
        Assert.That(problem.ToString(), Does.Not.Contain("Internal detail").And.Not.Contain("   at "), "no details, no stack trace");
        var logged = logs.Entries.Where(e => e.Level == LogLevel.Error && e.Message.Contains(traceId)).ToList();
        Assert.That(logged, Has.Count.EqualTo(1));
        Assert.That(logged[0].Exception, Is.SameAs(failure));
        Assert.That(logged[0].Message, Does.Contain("POST /api/imports/units"));
    }

    [TestCase(null, HttpStatusCode.Conflict)]
    [TestCase("\"3\"", HttpStatusCode.PreconditionFailed)]
    public async Task ShouldAnswerAConcurrencyFailureAsAConflictOrAStalePrecondition(string? ifMatch, HttpStatusCode expected)
    {
        var world = await Start(services => services.AddScoped<IUnitImporter>(_ => new FailingImporter(new DbUpdateConcurrencyException("0 rows affected"))));
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/imports/units")
        {
            Content = new StringContent("unit_code;name;kind;parent_code;is_pilot\n", System.Text.Encoding.UTF8, "text/csv"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        var response = await (await world.Hr()).SendAsync(request);

        await response.Problem(expected);
    }

    [Test]
    public async Task ShouldRefuseACaseActionWhenSomeoneElseSavedTheCaseInBetween()
    {
        var meanwhile = new ChangeMeanwhile();
        var world = await Start(services => services.ConfigureDbContext<ApplicationDbContext>(options => options.AddInterceptors(meanwhile)));
        var manager = await world.ManagerA();
        var caseId = await ReportSickCall(manager, world.EmployeeA);
        var version = (await GetCase(manager, caseId)).Version;

        meanwhile.CaseId = caseId;
        var withIfMatch = await manager.PostJson($"/api/cases/{caseId}/care-contact", new { on = Today }, ifMatch: $"\"{version}\"");
        meanwhile.CaseId = caseId;
        var withoutIfMatch = await manager.PostJson($"/api/cases/{caseId}/care-contact", new { on = Today });

        var stale = await withIfMatch.Problem(HttpStatusCode.PreconditionFailed);
        Assert.That(stale.Codes(), Is.EqualTo(new[] { $"conflict.caseChanged(yours: {version}, current: {version + 1})" }));
        await withoutIfMatch.Problem(HttpStatusCode.Conflict);
        var after = await GetCase(manager, caseId);
        Assert.That((after.Version, after.CareContactOn), Is.EqualTo((version + 2, (DateOnly?)null)), "only the two changes made meanwhile");
    }

    [Test]
    public async Task ShouldAnswerABusyDatabaseWith503AndRetryAfterAndSucceedOnceItIsFree()
    {
        var path = AbsenceCasesFactory.NewDatabasePath();
        var world = await Start(settings: new Dictionary<string, string> { ["ConnectionStrings:AbsenceCases"] = $"Data Source={path};Default Timeout=1" }, path: path);
        var manager = await world.ManagerA();
        var sickCall = new { employeeId = world.EmployeeA, firstDay = Today, absenceType = "own_illness" };
        await using var writer = new SqliteConnection($"Data Source={path}");
        await writer.OpenAsync();
        await Execute(writer, "BEGIN IMMEDIATE");

        var busy = await manager.PostJson("/api/sick-calls", sickCall);
        var casesWhileBusy = await world.InDatabase(db => db.Cases.CountAsync());
        await Execute(writer, "ROLLBACK");
        var retried = await manager.PostJson("/api/sick-calls", sickCall);

        var problem = await busy.Problem(HttpStatusCode.ServiceUnavailable);
        Assert.That(busy.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(5)));
        Assert.That(problem.GetProperty("traceId").GetString(), Is.Not.Empty);
        Assert.That(casesWhileBusy, Is.Zero);
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created), await retried.Content.ReadAsStringAsync());
        Assert.That(await world.InDatabase(db => db.Cases.CountAsync()), Is.EqualTo(1));
    }

    private static readonly DateOnly Today = new(2026, 3, 16);

    private async Task<TestWorld> Start(
        Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string>? settings = null, string? path = null)
    {
        _factory = new AbsenceCasesFactory(
            path ?? AbsenceCasesFactory.NewDatabasePath(),
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(AbsenceCasesFactory.DefaultNow),
            settings: settings,
            testServices: services);
        return await TestWorld.CreateAsync(_factory);
    }

    private static async Task<Guid> ReportSickCall(HttpClient client, int employeeId)
    {
        var response = await client.PostJson("/api/sick-calls", new { employeeId, firstDay = Today, absenceType = "own_illness" });
        return (await response.Read<SickCallRegistered>()).CaseId;
    }

    private static async Task<CaseDetails> GetCase(HttpClient client, Guid caseId) =>
        await (await client.GetAsync($"/api/cases/{caseId}")).Read<CaseDetails>();

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private sealed class FailingImporter(Exception failure) : IUnitImporter
    {
        public Task<ImportResult> ImportAsync(Stream csv, CancellationToken cancellationToken) => Task.FromException<ImportResult>(failure);
    }

    /// <summary>
    /// Once armed with a case, raises its version just before the host's next transaction begins (the request's first
    /// save), committed on its own, as another writer would.
    /// </summary>
    private sealed class ChangeMeanwhile : DbTransactionInterceptor
    {
        public Guid? CaseId { get; set; }

        public override async ValueTask<InterceptionResult<System.Data.Common.DbTransaction>> TransactionStartingAsync(
            System.Data.Common.DbConnection connection,
            TransactionStartingEventData eventData,
            InterceptionResult<System.Data.Common.DbTransaction> result,
            CancellationToken cancellationToken = default)
        {
            if (CaseId is { } id)
            {
                CaseId = null;
                await eventData.Context!.Database.ExecuteSqlInterpolatedAsync($"UPDATE Cases SET Version = Version + 1 WHERE Id = {id}", cancellationToken);
            }

            return result;
        }
    }
}

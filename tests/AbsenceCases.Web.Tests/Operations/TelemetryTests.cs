using AbsenceCases.Application.Common.Telemetry;
using AbsenceCases.Application.Imports;
using AbsenceCases.Application.Jobs;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AbsenceCases.Web.Tests.Operations;

/// <summary>
/// Traces and metrics reach an OTLP collector when <c>Otlp:Endpoint</c> names one, with the requests' routes, the jobs'
/// runs and the application's measures, and no personal data, on either database; without it nothing of OpenTelemetry is
/// registered.
/// </summary>
public sealed class TelemetryTests : PostgresTest
{
    private const string Units =
        "unit_code;name;kind;parent_code;is_pilot\n" +
        "SKO;Skoler;area;TEST;false\n" +
        "S01;Nordskolen;workplace;SKO;true\n";

    private static readonly TimeSpan ExportWithin = TimeSpan.FromSeconds(30);

    private AbsenceCasesFactory? _factory;
    private OtlpReceiver? _receiver;

    [TearDown]
    public async Task StopHosts()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory.DeleteDatabase();
        }

        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
    }

    /// <param name="databaseSpan">What marks the database's spans: EF Core's command on SQLite, Npgsql's system on PostgreSQL.</param>
    [TestCase(DatabaseProvider.Sqlite, "INSERT INTO \"Cases\"")]
    [TestCase(DatabaseProvider.Postgres, "postgresql")]
    public async Task ShouldExportTheRoutesAndJobsSpansAndTheApplicationsMetricsOverOtlp(DatabaseProvider provider, string databaseSpan)
    {
        _receiver = await OtlpReceiver.StartAsync();
        var settings = new Dictionary<string, string>
        {
            ["Otlp:Endpoint"] = _receiver.Endpoint.ToString(),
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "100",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        };
        if (provider == DatabaseProvider.Postgres)
        {
            settings[DatabaseOptions.ProviderKey] = "Postgres";
            settings["ConnectionStrings:AbsenceCases"] = await Cluster.CreateDatabaseAsync($"telemetry_{Guid.NewGuid():N}");
        }

        _factory = AbsenceCasesFactory.OnNewDatabase(settings: settings);
        var world = await TestWorld.CreateAsync(_factory);
        var manager = await world.ManagerA();

        // Care contact is due in 2 days, inside the 3-day lead time: one reminder to the manager.
        var caseId = (await (await manager.PostJson("/api/sick-calls", new { employeeId = world.EmployeeA, firstDay = new DateOnly(2026, 3, 14), absenceType = "own_illness" }))
            .Read<System.Text.Json.JsonElement>()).GetProperty("caseId").GetGuid();
        await (await manager.GetAsync($"/api/cases/{caseId}")).Read<System.Text.Json.JsonElement>();
        var run = await (await (await world.Admin()).PostAsync("/api/admin/jobs/dispatch-reminders/run", null)).Read<JobResult>();
        var imported = await (await (await world.Hr()).PostCsv("/api/imports/units", Units)).Read<ImportResult>();

        Assert.That((run.Counts["reminders"], imported.Imported), Is.EqualTo((1, 2)));
        Assert.That(
            await _receiver.MissingAsync("/v1/traces", ["GET /api/cases/{id:guid}", "job dispatch-reminders", databaseSpan], ExportWithin),
            Is.Empty, "the route's span, the job's span and the database's");
        Assert.That(
            await _receiver.MissingAsync(
                "/v1/metrics",
                [
                    OperationsMetrics.JobRuns, OperationsMetrics.RemindersSent, OperationsMetrics.ImportRows, OperationsMetrics.OutboxBacklog,
                    "http.server.request.duration",
                ],
                ExportWithin),
            Is.Empty, "the application's metrics and ASP.NET Core's");
        var traces = _receiver.All("/v1/traces");
        Assert.That(
            new[] { caseId.ToString(), "Anna Andersen", "leder.a@test.local" }.Where(personal => traces.Contains(personal, StringComparison.Ordinal)),
            Is.Empty, "no personal data in a span: not the case in the path, nor a name, nor an e-mail address");
    }

    [Test]
    public async Task ShouldRegisterNothingOfOpenTelemetryWithoutAnEndpoint()
    {
        _factory = AbsenceCasesFactory.OnNewDatabase();

        var live = await _factory.CreateClient().GetAsync("/health/live");

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(_factory.Services.GetService<TracerProvider>(), Is.Null);
        Assert.That(_factory.Services.GetService<MeterProvider>(), Is.Null);
        Assert.That(
            _factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Select(s => s.GetType().FullName),
            Has.None.StartsWith("OpenTelemetry"));
    }
}

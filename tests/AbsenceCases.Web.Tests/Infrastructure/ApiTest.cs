using AbsenceCases.Application.Cases.Commands;
using AbsenceCases.Application.Cases.Queries;
using AbsenceCases.Application.SickCalls;
using AbsenceCases.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace AbsenceCases.Web.Tests.Infrastructure;

/// <summary>
/// A fresh installation for each test: a new migrated database of the fixture's provider, the test municipality and the
/// fake clock at <see cref="AbsenceCasesFactory.DefaultNow"/>. A functional fixture runs once per provider
/// (<see cref="Providers.Both"/>).
/// </summary>
public abstract class ApiTest(DatabaseProvider provider)
{
    /// <summary>The fake clock's date in Copenhagen: Monday 16 March 2026.</summary>
    protected static readonly DateOnly Today = new(2026, 3, 16);

    protected DatabaseProvider Provider { get; } = provider;

    protected AbsenceCasesFactory Factory { get; private set; } = null!;

    protected TestWorld World { get; private set; } = null!;

    [SetUp]
    public async Task StartInstallation()
    {
        Factory = await AbsenceCasesFactory.OnNewDatabaseAsync(Provider, Settings(), TestServices());
        World = await TestWorld.CreateAsync(Factory);
    }

    [TearDown]
    public async Task StopInstallation()
    {
        await Factory.DisposeAsync();
        Factory.DeleteDatabase();
    }

    /// <summary>Extra configuration for the installation, e.g. an SMTP server.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings() => null;

    /// <summary>Services of the installation replaced or added for the test, e.g. a log sink.</summary>
    protected virtual Action<IServiceCollection>? TestServices() => null;

    protected static async Task<Guid> ReportSickCall(HttpClient client, int employeeId, DateOnly firstDay, string type = "own_illness")
    {
        var response = await client.PostJson("/api/sick-calls", new { employeeId, firstDay, absenceType = type });
        return (await response.Read<SickCallRegistered>()).CaseId;
    }

    /// <summary>Takes an action on a case through its route, e.g. "return", and expects it to succeed.</summary>
    protected static async Task<CaseActionResult> Act(HttpClient client, Guid caseId, string action, object body) =>
        await (await client.PostJson($"/api/cases/{caseId}/{action}", body)).Read<CaseActionResult>();

    protected static async Task<CaseDetails> GetCase(HttpClient client, Guid caseId) =>
        await (await client.GetAsync($"/api/cases/{caseId}")).Read<CaseDetails>();
}

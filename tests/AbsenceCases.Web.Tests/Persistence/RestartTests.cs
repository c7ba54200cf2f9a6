using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Persistence;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class RestartTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldKeepCasesAcrossARestart()
    {
        var caseId = await ReportSickCall(await World.ManagerA(), World.EmployeeA, Today.AddDays(-1));
        await Factory.DisposeAsync();

        await using var restarted = Factory.Restarted();
        var client = restarted.CreateClient();
        var login = await client.PostJson("/api/auth/login", new { email = "leder.a@test.local", password = TestWorld.Password });
        var token = (await login.Read<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString()!;
        var details = await GetCase(restarted.CreateClient().WithBearer(token), caseId);

        Assert.That(details.Status, Is.EqualTo(CaseStatus.Reported));
        Assert.That(details.FirstDay, Is.EqualTo(Today.AddDays(-1)));
    }
}

using System.Text.Json;
using AbsenceCases.Application.Cases.Queries;

namespace AbsenceCases.Web.Tests.Operations;

/// <summary>A host started on a restored copy of the test municipality's database: the accounts came with the copy.</summary>
internal static class RestoredInstallation
{
    public static async Task<CaseDetails> ReadCaseAsManagerA(AbsenceCasesFactory restored, Guid caseId)
    {
        var login = await restored.CreateClient().PostJson("/api/auth/login", new { email = "leder.a@test.local", password = TestWorld.Password });
        var token = (await login.Read<JsonElement>()).GetProperty("accessToken").GetString()!;
        return await (await restored.CreateClient().WithBearer(token).GetAsync($"/api/cases/{caseId}")).Read<CaseDetails>();
    }
}

using System.Text.Json;
using AbsenceCases.Domain.Cases;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Workflow;

/// <summary>The OpenAPI document names every case action a case's permittedActions can hold, and serves each one's route.</summary>
[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class WorkflowOpenApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldListEveryTriggerAmongThePermittedActionsOfTheDocument()
    {
        var document = JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var caseTrigger = document.GetProperty("components").GetProperty("schemas").GetProperty("CaseTrigger");

        Assert.That(caseTrigger.GetProperty("enum").EnumerateArray().Select(v => v.GetString()), Is.EquivalentTo(Enum.GetNames<CaseTrigger>()));
    }

    [TestCase("/api/cases/{id}/possibility-statement")]
    [TestCase("/api/cases/{id}/retention-plan-request")]
    [TestCase("/api/cases/{id}/documentation-requests")]
    [TestCase("/api/cases/{id}/documentation-requests/{requestId}/received")]
    public async Task ShouldDescribeTheRouteOfTheRecordsThatBecameTriggers(string route)
    {
        var document = JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.That(document.GetProperty("paths").GetProperty(route).TryGetProperty("post", out _), Is.True);
    }
}

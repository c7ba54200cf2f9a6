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
    [TestCase("/api/cases/{id}/gradual-return")]
    public async Task ShouldDescribeTheRouteOfTheActionsAddedToTheWorkflow(string route)
    {
        var document = JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;

        Assert.That(document.GetProperty("paths").GetProperty(route).TryGetProperty("post", out _), Is.True);
    }

    [Test]
    public async Task ShouldDescribeTheGradualReturnsDayAndPercent()
    {
        var document = JsonDocument.Parse(await World.Anonymous().GetStringAsync("/openapi/v1.json")).RootElement;
        var body = document.GetProperty("paths").GetProperty("/api/cases/{id}/gradual-return").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty(body.GetProperty("$ref").GetString()!.Split('/')[^1]);

        Assert.That(schema.GetProperty("properties").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "from", "percent" }));
        Assert.That(schema.GetProperty("properties").GetProperty("from").GetProperty("format").GetString(), Is.EqualTo("date"));
    }
}

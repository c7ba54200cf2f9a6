using System.Text.Json;
using AbsenceCases.Infrastructure.Persistence;

namespace AbsenceCases.Web.Tests.Workflow;

[TestFixtureSource(typeof(Providers), nameof(Providers.Both))]
public sealed class WorkflowApiTests(DatabaseProvider provider) : ApiTest(provider)
{
    [Test]
    public async Task ShouldDescribeTheWorkflowWithGuards()
    {
        var workflow = await (await (await World.Hr()).GetAsync("/api/workflow")).Read<JsonElement>();

        Assert.That(workflow.GetProperty("states").EnumerateArray().Select(s => s.GetString()),
            Is.EqualTo(new[] { "Reported", "FirstConversation", "Coordination", "PreventionPlan", "Closed" }));
        var reopen = workflow.GetProperty("transitions").EnumerateArray().Single(t => t.GetProperty("trigger").GetString() == "Reopen");
        Assert.That(reopen.GetProperty("from").GetString(), Is.EqualTo("Closed"));
        Assert.That(reopen.GetProperty("to").GetString(), Is.EqualTo("Reported"));
        Assert.That(reopen.GetProperty("guard").GetString(), Is.EqualTo("guard.closedRecently; guard.relapse"));
    }

    [Test]
    public async Task ShouldServeTheWorkflowAsADotGraph()
    {
        var response = await (await World.Hr()).GetAsync("/api/workflow.dot");

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/vnd.graphviz"));
        var dot = await response.Content.ReadAsStringAsync();
        Assert.That(dot, Does.StartWith("digraph {"));
        Assert.That(dot, Does.Contain("\"Coordination\" -> \"PreventionPlan\""));
    }
}

using AbsenceCases.Application.Workflow;

namespace AbsenceCases.Application.Tests.Handlers;

/// <summary>The workflow as the API publishes it: DESIGN.md section 2, declared once in the domain.</summary>
public sealed class WorkflowHandlerTests
{
    [Test]
    public async Task ShouldListTheFiveStatesInOrder()
    {
        var workflow = await new GetWorkflowHandler().Handle(new GetWorkflow(), CancellationToken.None);

        Assert.That(workflow.States, Is.EqualTo(new[] { "Reported", "FirstConversation", "Coordination", "PreventionPlan", "Closed" }));
    }

    [Test]
    public async Task ShouldListEveryTrigger()
    {
        var workflow = await new GetWorkflowHandler().Handle(new GetWorkflow(), CancellationToken.None);

        Assert.That(workflow.Triggers, Is.EquivalentTo(new[]
        {
            "RecordCareContact", "NotifyMunicipality", "RequestFastTrack", "MakeRetentionPlan", "RecordRetentionPlanRequest",
            "RequestPossibilityStatement", "RequestDocumentation", "RecordDocumentationReceived", "HoldRoundTableMeeting",
            "HoldFirstConversation", "StartCoordination", "AgreePreventionPlan", "RegisterGradualReturn", "RegisterReturn", "Close", "Reopen",
        }));
    }

    [Test]
    public async Task ShouldListEveryTransition()
    {
        var workflow = await new GetWorkflowHandler().Handle(new GetWorkflow(), CancellationToken.None);

        Assert.That(workflow.Transitions.Select(t => (t.From, t.Trigger, t.To, t.IsInternal)), Is.EquivalentTo(new[]
        {
            ("Reported", "RecordCareContact", "Reported", true),
            ("Reported", "NotifyMunicipality", "Reported", true),
            ("Reported", "RequestFastTrack", "Reported", true),
            ("Reported", "MakeRetentionPlan", "Reported", true),
            ("Reported", "RecordRetentionPlanRequest", "Reported", true),
            ("Reported", "RequestPossibilityStatement", "Reported", true),
            ("Reported", "RequestDocumentation", "Reported", true),
            ("Reported", "RecordDocumentationReceived", "Reported", true),
            ("Reported", "HoldRoundTableMeeting", "Reported", true),
            ("Reported", "RegisterGradualReturn", "Reported", true),
            ("Reported", "HoldFirstConversation", "FirstConversation", false),
            ("Reported", "StartCoordination", "Coordination", false),
            ("Reported", "RegisterReturn", "Closed", false),
            ("Reported", "Close", "Closed", false),
            ("FirstConversation", "RecordCareContact", "FirstConversation", true),
            ("FirstConversation", "NotifyMunicipality", "FirstConversation", true),
            ("FirstConversation", "RequestFastTrack", "FirstConversation", true),
            ("FirstConversation", "MakeRetentionPlan", "FirstConversation", true),
            ("FirstConversation", "RecordRetentionPlanRequest", "FirstConversation", true),
            ("FirstConversation", "RequestPossibilityStatement", "FirstConversation", true),
            ("FirstConversation", "RequestDocumentation", "FirstConversation", true),
            ("FirstConversation", "RecordDocumentationReceived", "FirstConversation", true),
            ("FirstConversation", "HoldRoundTableMeeting", "FirstConversation", true),
            ("FirstConversation", "RegisterGradualReturn", "FirstConversation", true),
            ("FirstConversation", "StartCoordination", "Coordination", false),
            ("FirstConversation", "RegisterReturn", "FirstConversation", true),
            ("FirstConversation", "Close", "Closed", false),
            ("Coordination", "RecordCareContact", "Coordination", true),
            ("Coordination", "NotifyMunicipality", "Coordination", true),
            ("Coordination", "RequestFastTrack", "Coordination", true),
            ("Coordination", "MakeRetentionPlan", "Coordination", true),
            ("Coordination", "RecordRetentionPlanRequest", "Coordination", true),
            ("Coordination", "RequestPossibilityStatement", "Coordination", true),
            ("Coordination", "RequestDocumentation", "Coordination", true),
            ("Coordination", "RecordDocumentationReceived", "Coordination", true),
            ("Coordination", "HoldRoundTableMeeting", "Coordination", true),
            ("Coordination", "RegisterGradualReturn", "Coordination", true),
            ("Coordination", "AgreePreventionPlan", "PreventionPlan", false),
            ("Coordination", "RegisterReturn", "Coordination", true),
            ("Coordination", "Close", "Closed", false),
            ("PreventionPlan", "RecordCareContact", "PreventionPlan", true),
            ("PreventionPlan", "NotifyMunicipality", "PreventionPlan", true),
            ("PreventionPlan", "RequestFastTrack", "PreventionPlan", true),
            ("PreventionPlan", "MakeRetentionPlan", "PreventionPlan", true),
            ("PreventionPlan", "RecordRetentionPlanRequest", "PreventionPlan", true),
            ("PreventionPlan", "RequestPossibilityStatement", "PreventionPlan", true),
            ("PreventionPlan", "RequestDocumentation", "PreventionPlan", true),
            ("PreventionPlan", "RecordDocumentationReceived", "PreventionPlan", true),
            ("PreventionPlan", "HoldRoundTableMeeting", "PreventionPlan", true),
            ("PreventionPlan", "RegisterGradualReturn", "PreventionPlan", true),
            ("PreventionPlan", "RegisterReturn", "PreventionPlan", true),
            ("PreventionPlan", "Close", "Closed", false),
            ("Closed", "NotifyMunicipality", "Closed", true),
            ("Closed", "RecordDocumentationReceived", "Closed", true),
            ("Closed", "Reopen", "Reported", false),
        }));
    }

    /// <summary>A guard is named by its code, which the web host renders in the reader's language.</summary>
    [Test]
    public async Task ShouldDescribeTheGuards()
    {
        var workflow = await new GetWorkflowHandler().Handle(new GetWorkflow(), CancellationToken.None);

        string? GuardOf(string from, string trigger) => workflow.Transitions.Single(t => t.From == from && t.Trigger == trigger).Guard;

        Assert.Multiple(() =>
        {
            Assert.That(GuardOf("Reported", "HoldFirstConversation"), Is.EqualTo("guard.heldWithinAbsence"));
            Assert.That(GuardOf("Reported", "StartCoordination"), Is.EqualTo("guard.firstConversationDeadlinePassed; guard.startedWithinAbsence"));
            Assert.That(GuardOf("Coordination", "AgreePreventionPlan"), Is.EqualTo("guard.completeMeasures; guard.agreedWithinAbsence"));
            Assert.That(GuardOf("Closed", "Reopen"), Is.EqualTo("guard.closedRecently; guard.relapse"));
            Assert.That(
                GuardOf("Closed", "NotifyMunicipality"),
                Is.EqualTo("guard.passedEmployerPeriod; guard.notNotifiedBefore; guard.notifiedWithinAbsence"));
            Assert.That(GuardOf("Reported", "RequestFastTrack"), Is.EqualTo("guard.longAbsence; guard.notRequestedBefore; guard.requestedWithinAbsence"));
            Assert.That(GuardOf("Coordination", "HoldRoundTableMeeting"), Is.EqualTo("guard.openForFourWeeks; guard.heldWithinAbsence"));
            Assert.That(GuardOf("PreventionPlan", "RegisterGradualReturn"), Is.EqualTo("guard.absenceOpen; guard.gradualReturnWithinOpenAbsence"));
        });
    }

    [Test]
    public async Task ShouldDrawTheWorkflowAsADotGraph()
    {
        var dot = await new GetWorkflowGraphHandler().Handle(new GetWorkflowGraph(), CancellationToken.None);

        Assert.That(dot, Does.StartWith("digraph {"));
        Assert.That(dot, Does.Contain(
            "\"Reported\" -> \"FirstConversation\" [style=\"solid\", label=\"HoldFirstConversation [guard.heldWithinAbsence]\"];"));
        Assert.That(dot, Does.Contain("\"Closed\" -> \"Reported\" [style=\"solid\", label=\"Reopen [guard.closedRecently] [guard.relapse]\"];"));
        Assert.That(dot.TrimEnd(), Does.EndWith("}"));
    }
}

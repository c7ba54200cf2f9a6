namespace AbsenceCases.Domain.Tests.Cases;

public class CaseWorkflowDeclarationTests
{
    /// <summary>
    /// The design table (DESIGN.md section 2) plus the return that closes a Reported case and the internal
    /// transitions: the recordings of section 3 and the gradual return of section 11 in every open state, and the
    /// municipality notification (sygedagpengeloven § 59) also after closing.
    /// </summary>
    private static readonly string[] DesignedTransitions =
    [
        "Reported -HoldFirstConversation-> FirstConversation",
        "Reported -StartCoordination-> Coordination",
        "FirstConversation -StartCoordination-> Coordination",
        "Coordination -AgreePreventionPlan-> PreventionPlan",
        "Reported -Close-> Closed",
        "FirstConversation -Close-> Closed",
        "Coordination -Close-> Closed",
        "PreventionPlan -Close-> Closed",
        "Closed -Reopen-> Reported",
        "Reported -RegisterReturn-> Closed",
        "FirstConversation -RegisterReturn-> FirstConversation (internal)",
        "Coordination -RegisterReturn-> Coordination (internal)",
        "PreventionPlan -RegisterReturn-> PreventionPlan (internal)",
        "Reported -RecordCareContact-> Reported (internal)",
        "FirstConversation -RecordCareContact-> FirstConversation (internal)",
        "Coordination -RecordCareContact-> Coordination (internal)",
        "PreventionPlan -RecordCareContact-> PreventionPlan (internal)",
        "Reported -NotifyMunicipality-> Reported (internal)",
        "FirstConversation -NotifyMunicipality-> FirstConversation (internal)",
        "Coordination -NotifyMunicipality-> Coordination (internal)",
        "PreventionPlan -NotifyMunicipality-> PreventionPlan (internal)",
        "Closed -NotifyMunicipality-> Closed (internal)",
        "Reported -RequestFastTrack-> Reported (internal)",
        "FirstConversation -RequestFastTrack-> FirstConversation (internal)",
        "Coordination -RequestFastTrack-> Coordination (internal)",
        "PreventionPlan -RequestFastTrack-> PreventionPlan (internal)",
        "Reported -MakeRetentionPlan-> Reported (internal)",
        "FirstConversation -MakeRetentionPlan-> FirstConversation (internal)",
        "Coordination -MakeRetentionPlan-> Coordination (internal)",
        "PreventionPlan -MakeRetentionPlan-> PreventionPlan (internal)",
        "Reported -HoldRoundTableMeeting-> Reported (internal)",
        "FirstConversation -HoldRoundTableMeeting-> FirstConversation (internal)",
        "Coordination -HoldRoundTableMeeting-> Coordination (internal)",
        "PreventionPlan -HoldRoundTableMeeting-> PreventionPlan (internal)",
        "Reported -RecordRetentionPlanRequest-> Reported (internal)",
        "FirstConversation -RecordRetentionPlanRequest-> FirstConversation (internal)",
        "Coordination -RecordRetentionPlanRequest-> Coordination (internal)",
        "PreventionPlan -RecordRetentionPlanRequest-> PreventionPlan (internal)",
        "Reported -RequestPossibilityStatement-> Reported (internal)",
        "FirstConversation -RequestPossibilityStatement-> FirstConversation (internal)",
        "Coordination -RequestPossibilityStatement-> Coordination (internal)",
        "PreventionPlan -RequestPossibilityStatement-> PreventionPlan (internal)",
        "Reported -RequestDocumentation-> Reported (internal)",
        "FirstConversation -RequestDocumentation-> FirstConversation (internal)",
        "Coordination -RequestDocumentation-> Coordination (internal)",
        "PreventionPlan -RequestDocumentation-> PreventionPlan (internal)",
        "Reported -RecordDocumentationReceived-> Reported (internal)",
        "FirstConversation -RecordDocumentationReceived-> FirstConversation (internal)",
        "Coordination -RecordDocumentationReceived-> Coordination (internal)",
        "PreventionPlan -RecordDocumentationReceived-> PreventionPlan (internal)",
        "Closed -RecordDocumentationReceived-> Closed (internal)",
        "Reported -RegisterGradualReturn-> Reported (internal)",
        "FirstConversation -RegisterGradualReturn-> FirstConversation (internal)",
        "Coordination -RegisterGradualReturn-> Coordination (internal)",
        "PreventionPlan -RegisterGradualReturn-> PreventionPlan (internal)",
    ];

    /// <summary>What every open case allows, said once on the open superstate.</summary>
    private static readonly string[] DeclaredOnceForEveryOpenCase =
    [
        "RecordCareContact", "NotifyMunicipality", "RequestFastTrack", "MakeRetentionPlan", "RecordRetentionPlanRequest",
        "RequestPossibilityStatement", "RequestDocumentation", "RecordDocumentationReceived", "HoldRoundTableMeeting", "RegisterGradualReturn", "Close",
    ];

    private static readonly string[] OpenStates = ["Reported", "FirstConversation", "Coordination", "PreventionPlan"];

    [Test]
    public void ShouldDeclareTheStatesACaseCanBeInInTheirOrder()
    {
        var info = CaseWorkflow.Describe();

        Assert.That(info.States, Is.EqualTo(new[] { "Reported", "FirstConversation", "Coordination", "PreventionPlan", "Closed" }));
    }

    [Test]
    public void ShouldDeclareEveryTrigger()
    {
        var info = CaseWorkflow.Describe();

        Assert.That(info.Triggers, Is.EquivalentTo(new[]
        {
            "RecordCareContact", "NotifyMunicipality", "RequestFastTrack", "MakeRetentionPlan", "RecordRetentionPlanRequest",
            "RequestPossibilityStatement", "RequestDocumentation", "RecordDocumentationReceived", "HoldRoundTableMeeting",
            "HoldFirstConversation", "StartCoordination", "AgreePreventionPlan", "RegisterGradualReturn", "RegisterReturn", "Close", "Reopen",
        }));
    }

    [Test]
    public void ShouldAllowFiftyFiveTransitions()
    {
        // 17 of the first workflow, the six open-case recordings and the gradual return in 4 states (28), and the notification and the receipt
        // of documentation in 5 states.
        var info = CaseWorkflow.Describe();

        Assert.That(info.Transitions, Has.Count.EqualTo(55));
    }

    [Test]
    public void ShouldDeclareExactlyTheTransitionsOfTheDesign()
    {
        var info = CaseWorkflow.Describe();

        Assert.That(
            info.Transitions.Select(t => $"{t.From} -{t.Trigger}-> {t.To}" + (t.IsInternal ? " (internal)" : string.Empty)),
            Is.EquivalentTo(DesignedTransitions));
    }

    [Test]
    public void ShouldSayOnceOnTheOpenSuperstateWhatEveryOpenCaseAllows()
    {
        var info = CaseWorkflow.Describe();
        var inherited = info.Transitions.Where(t => t.DeclaredOn == "Open").ToList();

        Assert.Multiple(() =>
        {
            foreach (var open in OpenStates)
            {
                Assert.That(inherited.Where(t => t.From == open).Select(t => t.Trigger), Is.EquivalentTo(DeclaredOnceForEveryOpenCase), open);
            }

            Assert.That(inherited.Select(t => t.From).Distinct(), Is.EquivalentTo(OpenStates));
            Assert.That(info.Transitions.Where(t => t.DeclaredOn != "Open").All(t => t.DeclaredOn == t.From), Is.True);
        });
    }

    [Test]
    public void ShouldDescribeTheGuardsOfTheDesignTable()
    {
        var info = CaseWorkflow.Describe();
        IReadOnlyList<string> GuardsOf(string from, string trigger) =>
            info.Transitions.Single(t => t.From == from && t.Trigger == trigger).Guards;

        Assert.Multiple(() =>
        {
            Assert.That(GuardsOf("Reported", "HoldFirstConversation"), Is.EqualTo(new[] { Guards.HeldWithinAbsence }));
            Assert.That(GuardsOf("Reported", "StartCoordination"), Is.EqualTo(new[] { Guards.DeadlinePassed, Guards.StartedWithinAbsence }));
            Assert.That(GuardsOf("FirstConversation", "StartCoordination"), Is.EqualTo(new[] { Guards.StartedWithinAbsence }));
            Assert.That(GuardsOf("Coordination", "AgreePreventionPlan"), Is.EqualTo(new[] { Guards.CompleteMeasure, Guards.AgreedWithinAbsence }));
            Assert.That(GuardsOf("Closed", "Reopen"), Is.EqualTo(new[] { Guards.ClosedRecently, Guards.Relapse }));
            Assert.That(GuardsOf("Reported", "RegisterReturn"), Is.EqualTo(new[] { Guards.AbsenceOpen, Guards.ReturnedWithinAbsence }));
            Assert.That(GuardsOf("Reported", "RecordCareContact"), Is.EqualTo(new[] { Guards.CareContactWithinAbsence, Guards.NoCareContactYet }));
            foreach (var open in OpenStates)
            {
                Assert.That(GuardsOf(open, "Close"), Is.EqualTo(new[] { Guards.CloseReason, Guards.ClosedWithinAbsence }), open);
            }
        });
    }

    [Test]
    public void ShouldDescribeTheGuardsOfTheRecordings()
    {
        var info = CaseWorkflow.Describe();
        IReadOnlyList<string> GuardsOf(string from, string trigger) =>
            info.Transitions.Single(t => t.From == from && t.Trigger == trigger).Guards;

        Assert.Multiple(() =>
        {
            foreach (var state in OpenStates.Append("Closed"))
            {
                Assert.That(
                    GuardsOf(state, "NotifyMunicipality"),
                    Is.EqualTo(new[] { Guards.PassedEmployerPeriod, Guards.NotNotifiedBefore, Guards.NotifiedWithinAbsence }),
                    state);
            }

            foreach (var open in OpenStates)
            {
                Assert.That(
                    GuardsOf(open, "RequestFastTrack"),
                    Is.EqualTo(new[] { Guards.LongAbsence, Guards.NotRequestedBefore, Guards.RequestedWithinAbsence }),
                    open);
                Assert.That(GuardsOf(open, "MakeRetentionPlan"), Is.EqualTo(new[] { Guards.LongAbsenceOrAsked, Guards.MadeWithinAbsence }), open);
                Assert.That(GuardsOf(open, "HoldRoundTableMeeting"), Is.EqualTo(new[] { Guards.OpenForFourWeeks, Guards.HeldWithinAbsence }), open);
                Assert.That(
                    GuardsOf(open, "RecordRetentionPlanRequest"),
                    Is.EqualTo(new[] { Guards.NotAskedForAPlanBefore, Guards.AskedWithinAbsence }),
                    open);
                Assert.That(GuardsOf(open, "RequestPossibilityStatement"), Is.EqualTo(new[] { Guards.RequestedWithinAbsence }), open);
                Assert.That(GuardsOf(open, "RequestDocumentation"), Is.EqualTo(new[] { Guards.RequestedWithinAbsence }), open);
                Assert.That(GuardsOf(open, "RecordDocumentationReceived"), Is.EqualTo(new[] { "guard.documentationAwaited" }), open);
                Assert.That(GuardsOf(open, "RegisterGradualReturn"), Is.EqualTo(new[] { Guards.AbsenceOpen, Guards.GradualReturnWithinAbsence }), open);
            }
        });
    }

    [Test]
    public void ShouldDeclareNoRecordingButTheNotificationAndTheDocumentationReceivedOnAClosedCase()
    {
        var info = CaseWorkflow.Describe();

        Assert.That(
            info.Transitions.Where(t => t.From == "Closed").Select(t => t.Trigger),
            Is.EquivalentTo(new[] { "NotifyMunicipality", "RecordDocumentationReceived", "Reopen" }));
    }

    [Test]
    public void ShouldDrawTheOpenStatesInsideTheOpenSuperstate()
    {
        var dot = CaseWorkflow.ToDotGraph();

        Assert.That(dot, Does.Contain(
            "subgraph \"clusterOpen\"\n\t{\n\tlabel = \"Open\"\n" +
            "\"Reported\" [label=\"Reported\"];\n\"FirstConversation\" [label=\"FirstConversation\"];\n" +
            "\"Coordination\" [label=\"Coordination\"];\n\"PreventionPlan\" [label=\"PreventionPlan\"];\n}\n" +
            "\"Closed\" [label=\"Closed\"];\n"));
    }

    /// <summary>
    /// The edges of the graph as Stateless's UmlDotGraph draws the declaration: one for each declared rule, what every
    /// open case allows drawn once from the open superstate, each guard's code of a transition in brackets of its own, the
    /// guards of an internal transition (which Stateless takes as one) in one bracket.
    /// </summary>
    private static readonly string[] DeclaredEdges =
    [
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"RecordCareContact [guard.onOrAfterFirstDay; guard.noCareContactYet]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"NotifyMunicipality [guard.passedEmployerPeriod; guard.notNotifiedBefore; guard.notifiedWithinAbsence]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"RequestFastTrack [guard.longAbsence; guard.notRequestedBefore; guard.requestedWithinAbsence]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"MakeRetentionPlan [guard.longAbsenceOrAsked; guard.madeWithinAbsence]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"RecordRetentionPlanRequest [guard.notAskedBefore; guard.askedWithinAbsence]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"RequestPossibilityStatement [guard.requestedWithinAbsence]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"RequestDocumentation [guard.requestedWithinAbsence]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"RecordDocumentationReceived [guard.documentationAwaited]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"HoldRoundTableMeeting [guard.openForFourWeeks; guard.heldWithinAbsence]\"];",
        "\"Open\" -> \"Open\" [style=\"solid\", label=\"RegisterGradualReturn [guard.absenceOpen; guard.gradualReturnWithinOpenAbsence]\"];",
        "\"Open\" -> \"Closed\" [style=\"solid\", label=\"Close [guard.closeReason] [guard.closedWithinAbsence]\"];",
        "\"Reported\" -> \"FirstConversation\" [style=\"solid\", label=\"HoldFirstConversation [guard.heldWithinAbsence]\"];",
        "\"Reported\" -> \"Coordination\" [style=\"solid\", label=\"StartCoordination [guard.firstConversationDeadlinePassed] [guard.startedWithinAbsence]\"];",
        "\"Reported\" -> \"Closed\" [style=\"solid\", label=\"RegisterReturn [guard.absenceOpen] [guard.returnedWithinOpenAbsence]\"];",
        "\"FirstConversation\" -> \"Coordination\" [style=\"solid\", label=\"StartCoordination [guard.startedWithinAbsence]\"];",
        "\"FirstConversation\" -> \"FirstConversation\" [style=\"solid\", label=\"RegisterReturn [guard.absenceOpen; guard.returnedWithinOpenAbsence]\"];",
        "\"Coordination\" -> \"PreventionPlan\" [style=\"solid\", label=\"AgreePreventionPlan [guard.completeMeasures] [guard.agreedWithinAbsence]\"];",
        "\"Coordination\" -> \"Coordination\" [style=\"solid\", label=\"RegisterReturn [guard.absenceOpen; guard.returnedWithinOpenAbsence]\"];",
        "\"PreventionPlan\" -> \"PreventionPlan\" [style=\"solid\", label=\"RegisterReturn [guard.absenceOpen; guard.returnedWithinOpenAbsence]\"];",
        "\"Closed\" -> \"Closed\" [style=\"solid\", label=\"NotifyMunicipality [guard.passedEmployerPeriod; guard.notNotifiedBefore; guard.notifiedWithinAbsence]\"];",
        "\"Closed\" -> \"Closed\" [style=\"solid\", label=\"RecordDocumentationReceived [guard.documentationAwaited]\"];",
        "\"Closed\" -> \"Reported\" [style=\"solid\", label=\"Reopen [guard.closedRecently] [guard.relapse]\"];",
    ];

    [Test]
    public void ShouldDrawExactlyTheDeclaredEdges()
    {
        var dot = CaseWorkflow.ToDotGraph();
        var edges = dot.Split('\n').Where(line => line.StartsWith('"') && line.Contains(" -> ", StringComparison.Ordinal));

        Assert.That(edges, Is.EquivalentTo(DeclaredEdges));
    }

    [Test]
    public void ShouldStartTheGraphAtReported()
    {
        var dot = CaseWorkflow.ToDotGraph();

        Assert.Multiple(() =>
        {
            Assert.That(dot, Does.StartWith("digraph {"));
            Assert.That(dot, Does.Contain(" init -> \"Reported\""));
        });
    }
}

namespace AbsenceCases.Domain.Tests.Cases;

public class CaseWorkflowDeclarationTests
{
    /// <summary>
    /// The design table (DESIGN.md section 2) plus the return that closes a Reported case and the internal
    /// transitions: the recordings of section 3 in every open state, and the municipality notification
    /// (sygedagpengeloven § 59) also after closing.
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
    ];

    private static readonly string[] OpenStates = ["Reported", "FirstConversation", "Coordination", "PreventionPlan"];

    [Test]
    public void ShouldDeclareTheStatesInTheirOrder()
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
            "RecordCareContact", "NotifyMunicipality", "RequestFastTrack", "MakeRetentionPlan", "HoldRoundTableMeeting",
            "HoldFirstConversation", "StartCoordination", "AgreePreventionPlan", "RegisterReturn", "Close", "Reopen",
        }));
    }

    [Test]
    public void ShouldDeclareThirtyFourTransitions()
    {
        // 17 of the first workflow, the three open-state recordings in 4 states (12) and the notification in 5 states.
        var info = CaseWorkflow.Describe();

        Assert.That(info.Transitions, Has.Count.EqualTo(34));
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
    public void ShouldDescribeTheGuardsOfTheRecordingsOfTheDeadlines()
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
            }
        });
    }

    [Test]
    public void ShouldDeclareNoRecordingButTheNotificationOnAClosedCase()
    {
        var info = CaseWorkflow.Describe();

        Assert.That(
            info.Transitions.Where(t => t.From == "Closed").Select(t => t.Trigger),
            Is.EquivalentTo(new[] { "NotifyMunicipality", "Reopen" }));
    }

    [Test]
    public void ShouldDrawTheGraphWithANodeForEveryState()
    {
        var dot = CaseWorkflow.ToDotGraph();

        Assert.Multiple(() =>
        {
            Assert.That(dot, Does.StartWith("digraph {\n  rankdir=\"LR\";\n  node [shape=Mrecord];\n"));
            Assert.That(dot, Does.EndWith("\n}\n"));
            foreach (var state in new[] { "Reported", "FirstConversation", "Coordination", "PreventionPlan", "Closed" })
            {
                Assert.That(dot, Does.Contain($"  \"{state}\" [label=\"{state}\"];\n"));
            }
        });
    }

    [Test]
    public void ShouldDrawAnEdgeForEveryTransition()
    {
        var dot = CaseWorkflow.ToDotGraph();
        var edges = dot.Split('\n').Where(line => line.Contains(" -> ", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(edges, Has.Count.EqualTo(DesignedTransitions.Length));
            foreach (var transition in DesignedTransitions)
            {
                var (from, trigger, to, isInternal) = Parse(transition);
                var style = isInternal ? "dashed" : "solid";
                Assert.That(
                    edges.Count(e => e.StartsWith($"  \"{from}\" -> \"{to}\" [style=\"{style}\", label=\"{trigger} ", StringComparison.Ordinal)),
                    Is.EqualTo(1),
                    transition);
            }
        });
    }

    [Test]
    public void ShouldDrawTheDistinctiveEdgesWithTheirGuards()
    {
        var dot = CaseWorkflow.ToDotGraph();

        Assert.Multiple(() =>
        {
            Assert.That(dot, Does.Contain(
                "  \"Closed\" -> \"Reported\" [style=\"solid\", label=\"Reopen [closed no more than 30 days ago; within 30 days of closing (relapse)]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"Reported\" -> \"FirstConversation\" [style=\"solid\", label=\"HoldFirstConversation [held on or after the first sick day, not in the future]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"Reported\" -> \"Coordination\" [style=\"solid\", label=\"StartCoordination [the first-conversation deadline has passed, or kind is FrequentAbsence; started on or after the first sick day, not in the future]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"Reported\" -> \"Closed\" [style=\"solid\", label=\"RegisterReturn [an absence is open; returned on or after the first day of the open absence, not in the future]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"Coordination\" -> \"Coordination\" [style=\"dashed\", label=\"RegisterReturn [an absence is open; returned on or after the first day of the open absence, not in the future]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"Closed\" -> \"Closed\" [style=\"dashed\", label=\"NotifyMunicipality [the absence passed the employer period; not notified before; notified on or after the first sick day, not in the future]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"Reported\" -> \"Reported\" [style=\"dashed\", label=\"RequestFastTrack [the expected return is later than 8 weeks; not requested before; requested on or after the first sick day, not in the future]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"FirstConversation\" -> \"FirstConversation\" [style=\"dashed\", label=\"MakeRetentionPlan [the expected return is later than 8 weeks, or the employee asked for a plan; made on or after the first sick day, not in the future]\"];\n"));
            Assert.That(dot, Does.Contain(
                "  \"PreventionPlan\" -> \"PreventionPlan\" [style=\"dashed\", label=\"HoldRoundTableMeeting [the absence is open and has lasted 4 weeks; held on or after the first sick day, not in the future]\"];\n"));
        });
    }

    private static (string From, string Trigger, string To, bool IsInternal) Parse(string transition)
    {
        var isInternal = transition.EndsWith(" (internal)", StringComparison.Ordinal);
        var parts = transition.Replace(" (internal)", string.Empty, StringComparison.Ordinal).Split(' ');
        return (parts[0], parts[1].Trim('-', '>'), parts[2], isInternal);
    }
}

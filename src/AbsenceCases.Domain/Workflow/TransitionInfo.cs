namespace AbsenceCases.Domain.Workflow;

/// <summary>One declared transition, as documentation and the DOT graph show it.</summary>
public sealed record TransitionInfo(string From, string Trigger, string To, bool IsInternal, IReadOnlyList<string> Guards)
{
    public string? Guard => Guards.Count == 0 ? null : string.Join("; ", Guards);
}

/// <summary>The declared workflow: its states, triggers and transitions.</summary>
public sealed record StateMachineInfo(IReadOnlyList<string> States, IReadOnlyList<string> Triggers, IReadOnlyList<TransitionInfo> Transitions);

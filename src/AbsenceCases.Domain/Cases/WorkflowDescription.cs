namespace AbsenceCases.Domain.Cases;

/// <summary>
/// One transition a state allows; <see cref="DeclaredOn"/> names the state that declares it (the open superstate for
/// what every open case allows). An internal transition keeps the state.
/// </summary>
public sealed record WorkflowTransition(string From, string Trigger, string To, bool IsInternal, string DeclaredOn, IReadOnlyList<string> Guards)
{
    public string? Guard => Guards.Count == 0 ? null : string.Join("; ", Guards);
}

/// <summary>The declared case workflow: the states a case can be in, the triggers and what each state allows.</summary>
public sealed record WorkflowDescription(IReadOnlyList<string> States, IReadOnlyList<string> Triggers, IReadOnlyList<WorkflowTransition> Transitions);

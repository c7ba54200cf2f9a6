namespace AbsenceCases.Domain.Workflow;

/// <summary>A transition that was fired: an internal one keeps the state.</summary>
public sealed record Transition<TState, TTrigger>(TState Source, TState Destination, TTrigger Trigger, bool IsInternal);

namespace AbsenceCases.Domain.Workflow;

/// <summary>The transitions leaving one state, declared with <c>Permit</c>, <c>PermitIf</c> and <c>InternalTransition</c>.</summary>
public sealed class StateConfiguration<TState, TTrigger>
    where TState : notnull
    where TTrigger : notnull
{
    private readonly List<TransitionRule<TState, TTrigger>> _rules = [];

    internal StateConfiguration(TState state) => State = state;

    public TState State { get; }

    internal IReadOnlyList<TransitionRule<TState, TTrigger>> Rules => _rules;

    public StateConfiguration<TState, TTrigger> Permit(TTrigger trigger, TState destination) =>
        Add(trigger, destination, isInternal: false);

    public StateConfiguration<TState, TTrigger> PermitIf(
        TTrigger trigger, TState destination, Func<bool> guard, string guardDescription) =>
        Add(trigger, destination, isInternal: false, StateGuard(guard, guardDescription));

    public StateConfiguration<TState, TTrigger> PermitIf<TArg>(
        TriggerWithParameters<TTrigger, TArg> trigger, TState destination, Func<TArg, bool> guard, string guardDescription) =>
        Add(trigger.Trigger, destination, isInternal: false, ArgumentGuard(guard, guardDescription));

    public StateConfiguration<TState, TTrigger> PermitIf<TArg>(
        TriggerWithParameters<TTrigger, TArg> trigger, TState destination, Func<bool> guard, string guardDescription) =>
        Add(trigger.Trigger, destination, isInternal: false, StateGuard(guard, guardDescription));

    public StateConfiguration<TState, TTrigger> InternalTransition(TTrigger trigger) =>
        Add(trigger, State, isInternal: true);

    public StateConfiguration<TState, TTrigger> InternalTransitionIf(TTrigger trigger, Func<bool> guard, string guardDescription) =>
        Add(trigger, State, isInternal: true, StateGuard(guard, guardDescription));

    public StateConfiguration<TState, TTrigger> InternalTransitionIf<TArg>(
        TriggerWithParameters<TTrigger, TArg> trigger, Func<TArg, bool> guard, string guardDescription) =>
        Add(trigger.Trigger, State, isInternal: true, ArgumentGuard(guard, guardDescription));

    public StateConfiguration<TState, TTrigger> InternalTransitionIf<TArg>(
        TriggerWithParameters<TTrigger, TArg> trigger, Func<bool> guard, string guardDescription) =>
        Add(trigger.Trigger, State, isInternal: true, StateGuard(guard, guardDescription));

    /// <summary>Adds one more guard to the transition declared last, for a trigger that needs several conditions.</summary>
    public StateConfiguration<TState, TTrigger> AndIf(Func<bool> guard, string guardDescription) =>
        ExtendLast(StateGuard(guard, guardDescription));

    /// <summary>Adds one more guard on the argument to the transition declared last.</summary>
    public StateConfiguration<TState, TTrigger> AndIf<TArg>(Func<TArg, bool> guard, string guardDescription) =>
        ExtendLast(ArgumentGuard(guard, guardDescription));

    private static Guard StateGuard(Func<bool> guard, string description) =>
        new(description, _ => guard(), JudgesArgument: false);

    private static Guard ArgumentGuard<TArg>(Func<TArg, bool> guard, string description) =>
        new(description, argument => argument is TArg typed && guard(typed), JudgesArgument: true);

    private StateConfiguration<TState, TTrigger> Add(TTrigger trigger, TState destination, bool isInternal, params Guard[] guards)
    {
        _rules.Add(new TransitionRule<TState, TTrigger>(trigger, destination, isInternal, guards));
        return this;
    }

    private StateConfiguration<TState, TTrigger> ExtendLast(Guard guard)
    {
        if (_rules.Count == 0)
        {
            throw new InvalidOperationException($"Declare a transition from '{State}' before adding a guard to it.");
        }

        var last = _rules[^1];
        _rules[^1] = last with { Guards = [.. last.Guards, guard] };
        return this;
    }
}

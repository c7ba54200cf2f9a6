using System.Text;

namespace AbsenceCases.Domain.Workflow;

/// <summary>
/// A small state machine with the shape of the Stateless library: the state lives in the owner and is
/// read and written through an accessor and a mutator; transitions are declared per state with
/// <c>Permit</c>, <c>PermitIf</c> (with guard descriptions) and <c>InternalTransition</c>.
/// </summary>
public sealed class StateMachine<TState, TTrigger>(Func<TState> stateAccessor, Action<TState> stateMutator)
    where TState : notnull
    where TTrigger : notnull
{
    private readonly Dictionary<TState, StateConfiguration<TState, TTrigger>> _states = [];
    private readonly Dictionary<TTrigger, Type> _parameterTypes = [];

    public TState State => stateAccessor();

    public StateConfiguration<TState, TTrigger> Configure(TState state)
    {
        if (!_states.TryGetValue(state, out var configuration))
        {
            configuration = new StateConfiguration<TState, TTrigger>(state);
            _states.Add(state, configuration);
        }

        return configuration;
    }

    public TriggerWithParameters<TTrigger, TArg> SetTriggerParameters<TArg>(TTrigger trigger)
    {
        if (!_parameterTypes.TryAdd(trigger, typeof(TArg)))
        {
            throw new InvalidOperationException($"Parameters of trigger '{trigger}' are already set.");
        }

        return new TriggerWithParameters<TTrigger, TArg>(trigger);
    }

    /// <summary>The triggers the current state permits, judging every guard that does not need an argument.</summary>
    public IEnumerable<TTrigger> PermittedTriggers =>
        RulesOfCurrentState()
            .Where(rule => rule.IsPermittedWithoutArgument)
            .Select(rule => rule.Trigger)
            .Distinct();

    public bool CanFire(TTrigger trigger) => PermittedTriggers.Contains(trigger);

    public bool CanFire<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, TArg argument) =>
        RulesFor(trigger.Trigger).Any(rule => !rule.UnmetGuards(argument).Any());

    public Transition<TState, TTrigger> Fire(TTrigger trigger)
    {
        if (_parameterTypes.TryGetValue(trigger, out var parameterType))
        {
            throw new InvalidOperationException($"Trigger '{trigger}' needs an argument of type {parameterType.Name}.");
        }

        return FireWith(trigger, argument: null);
    }

    public Transition<TState, TTrigger> Fire<TArg>(TriggerWithParameters<TTrigger, TArg> trigger, TArg argument) =>
        FireWith(trigger.Trigger, argument);

    public StateMachineInfo GetInfo()
    {
        var transitions = _states.Values
            .SelectMany(state => state.Rules.Select(rule => new TransitionInfo(
                state.State.ToString()!,
                rule.Trigger.ToString()!,
                rule.Destination.ToString()!,
                rule.IsInternal,
                rule.Guards.Select(g => g.Description).ToList())))
            .ToList();
        var states = _states.Keys.Concat(_states.Values.SelectMany(s => s.Rules.Select(r => r.Destination)))
            .Distinct()
            .Select(s => s.ToString()!)
            .ToList();
        var triggers = transitions.Select(t => t.Trigger).Distinct().ToList();
        return new StateMachineInfo(states, triggers, transitions);
    }

    /// <summary>The declared workflow in the DOT language of Graphviz.</summary>
    public string ToDotGraph()
    {
        var info = GetInfo();
        var dot = new StringBuilder();
        dot.Append("digraph {\n");
        dot.Append("  rankdir=\"LR\";\n");
        dot.Append("  node [shape=Mrecord];\n");
        foreach (var state in info.States)
        {
            dot.Append($"  \"{state}\" [label=\"{state}\"];\n");
        }

        foreach (var transition in info.Transitions)
        {
            var label = transition.Guard is null ? transition.Trigger : $"{transition.Trigger} [{transition.Guard}]";
            var style = transition.IsInternal ? "dashed" : "solid";
            dot.Append($"  \"{transition.From}\" -> \"{transition.To}\" [style=\"{style}\", label=\"{Escape(label)}\"];\n");
        }

        dot.Append("}\n");
        return dot.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    private Transition<TState, TTrigger> FireWith(TTrigger trigger, object? argument)
    {
        var source = State;
        var rules = RulesFor(trigger).ToList();
        var chosen = rules.FirstOrDefault(rule => !rule.UnmetGuards(argument).Any());
        if (chosen is null)
        {
            var unmet = rules.SelectMany(rule => rule.UnmetGuards(argument)).Select(g => g.Description).Distinct().ToList();
            throw new InvalidTransitionException(
                source.ToString()!,
                trigger.ToString()!,
                PermittedTriggers.Select(t => t.ToString()!).ToList(),
                unmet);
        }

        if (!chosen.IsInternal)
        {
            stateMutator(chosen.Destination);
        }

        return new Transition<TState, TTrigger>(source, chosen.Destination, trigger, chosen.IsInternal);
    }

    private IEnumerable<TransitionRule<TState, TTrigger>> RulesOfCurrentState() =>
        _states.TryGetValue(State, out var configuration) ? configuration.Rules : [];

    private IEnumerable<TransitionRule<TState, TTrigger>> RulesFor(TTrigger trigger) =>
        RulesOfCurrentState().Where(rule => EqualityComparer<TTrigger>.Default.Equals(rule.Trigger, trigger));
}

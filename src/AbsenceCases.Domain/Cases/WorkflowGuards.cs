using Stateless;

namespace AbsenceCases.Domain.Cases;

/// <summary>
/// The guards of the case workflow in the shape Stateless takes them: a predicate and its description, which is the
/// guard's message code; the code's arguments are kept here. Stateless lists the permitted triggers by judging each
/// guard with the argument's default value, so the triggers carry nullable arguments and a guard on the argument
/// holds until a real one is given. An internal transition takes a single guard in Stateless; <see cref="All"/> joins
/// several into one and remembers its parts, so that a refusal still names exactly the conditions that are not met.
/// </summary>
internal sealed class WorkflowGuards
{
    private readonly Dictionary<string, Tuple<Func<DateOnly?, bool>, string>[]> _conjunctions = [];
    private readonly Dictionary<string, MessageCode> _codes = [];

    public Tuple<Func<DateOnly?, bool>, string> OnCase(string code, Func<bool> isMet, params (string Name, object Value)[] args) =>
        Tuple.Create<Func<DateOnly?, bool>, string>(_ => isMet(), Known(new MessageCode(code, args)));

    public Tuple<Func<DateOnly?, bool>, string> OnDate(string code, Func<DateOnly, bool> isMet, params (string Name, object Value)[] args) =>
        Tuple.Create<Func<DateOnly?, bool>, string>(day => day is not { } given || isMet(given), Known(new MessageCode(code, args)));

    public Tuple<Func<T?, bool>, string> On<T>(string code, Func<T, bool> isMet)
        where T : class =>
        Tuple.Create<Func<T?, bool>, string>(argument => argument is null || isMet(argument), Known(new MessageCode(code)));

    public Conjunction All(params Tuple<Func<DateOnly?, bool>, string>[] guards)
    {
        var description = string.Join("; ", guards.Select(g => g.Item2));
        _conjunctions.TryAdd(description, guards);
        return new Conjunction(day => guards.All(g => g.Item1(day)), description);
    }

    /// <summary>The codes of the guards a description stands for: the parts of a joined one, or itself.</summary>
    public IReadOnlyList<string> PartsOf(string description) =>
        _conjunctions.TryGetValue(description, out var parts) ? parts.Select(p => p.Item2).ToList() : [description];

    /// <summary>The unmet guards Stateless reports, a joined guard replaced by those of its parts that the argument fails.</summary>
    public IReadOnlyList<MessageCode> Unmet<TArg>(ICollection<string>? reported, TArg argument) =>
        (reported ?? [])
            .SelectMany(description => _conjunctions.TryGetValue(description, out var parts) && argument is DateOnly day
                ? parts.Where(p => !p.Item1(day)).Select(p => p.Item2)
                : [description])
            .Distinct()
            .Select(code => _codes[code])
            .ToList();

    private string Known(MessageCode guard)
    {
        _codes[guard.Code] = guard;
        return guard.Code;
    }
}

/// <summary>Several guards of one internal transition, joined into the single guard Stateless takes.</summary>
internal sealed record Conjunction(Func<DateOnly?, bool> IsMet, string Description);

internal static class InternalTransitions
{
    /// <summary>An internal transition (the status stays) guarded by several conditions at once.</summary>
    public static StateMachine<CaseStatus, CaseTrigger>.StateConfiguration InternalTransitionIf(
        this StateMachine<CaseStatus, CaseTrigger>.StateConfiguration state,
        StateMachine<CaseStatus, CaseTrigger>.TriggerWithParameters<DateOnly?> trigger,
        Conjunction guards) =>
        state.InternalTransitionIf(trigger, guards.IsMet, static (_, _) => { }, guards.Description);
}

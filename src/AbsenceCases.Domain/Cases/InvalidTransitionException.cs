using AbsenceCases.Domain.Common;

namespace AbsenceCases.Domain.Cases;

/// <summary>A trigger was fired that the current state does not permit, or whose guard is not met.</summary>
public sealed class InvalidTransitionException(
    string state,
    string trigger,
    IReadOnlyList<string> permittedTriggers,
    IReadOnlyList<string> unmetGuards)
    : DomainException(Describe(state, trigger, permittedTriggers, unmetGuards))
{
    public string State { get; } = state;
    public string Trigger { get; } = trigger;
    public IReadOnlyList<string> PermittedTriggers { get; } = permittedTriggers;
    public IReadOnlyList<string> UnmetGuards { get; } = unmetGuards;

    private static string Describe(string state, string trigger, IReadOnlyList<string> permitted, IReadOnlyList<string> unmet)
    {
        var permittedText = permitted.Count == 0 ? "none" : string.Join(", ", permitted);
        return unmet.Count == 0
            ? $"'{trigger}' is not permitted in state '{state}'. Permitted: {permittedText}."
            : $"'{trigger}' is not permitted in state '{state}': {string.Join("; ", unmet)}. Permitted: {permittedText}.";
    }
}
